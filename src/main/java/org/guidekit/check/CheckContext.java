package org.guidekit.check;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.guidekit.model.Block;
import org.guidekit.model.Guide;

/**
 * A guide prepared for the rules: its flattened text, its links, the settings, and the effective target grade and
 * link allowlist. Built once per guide and shared by all rules (read-only).
 */
final class CheckContext {
    private final Guide guide;
    private final CheckSettings settings;
    private final GuideText text;
    private final List<LinkOccurrence> links;
    /** Each prose unit's measured sentences, made once: the reading grade of the guide and of each part use them. */
    private final Map<TextUnit, List<Sentence>> measured = new IdentityHashMap<>();

    public CheckContext(Guide guide, CheckSettings settings) {
        this.guide = guide;
        this.settings = settings;
        this.text = GuideText.of(guide);
        this.links = LinkOccurrence.in(text);
    }

    public Guide guide() {
        return guide;
    }

    public CheckSettings settings() {
        return settings;
    }

    public GuideText text() {
        return text;
    }

    /** Every piece of text, in reading order: {@code text().units()}. */
    List<TextUnit> units() {
        return text.units();
    }

    /** Every block of one kind, nested ones included, in reading order. */
    <T extends Block> List<T> blocks(Class<T> kind) {
        return text.blocks().stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    /** {@link Readability#sentences} of {@code units}, each unit measured once per guide. */
    List<Sentence> sentences(List<TextUnit> units) {
        List<Sentence> all = new ArrayList<>();
        for (TextUnit u : units) {
            if (u.kind().isProse()) {
                all.addAll(measured.computeIfAbsent(u, k -> Readability.sentences(List.of(k))));
            }
        }
        return all;
    }

    /** Every link and written-out web address, in reading order. */
    List<LinkOccurrence> links() {
        return links;
    }

    /** The command-line grade, else the guide's {@code target-grade}, else 8. */
    public int targetGrade() {
        return settings.targetGrade().orElse(guide.metadata().targetGrade().orElse(CheckSettings.DEFAULT_TARGET_GRADE));
    }

    /** Hosts the guide may link to: its own {@code allowed-links} plus the folder's list. */
    public Set<String> allowedHosts() {
        Set<String> hosts = new TreeSet<>(settings.allowedHosts());
        hosts.addAll(guide.metadata().allowedLinks());
        return hosts;
    }

    /** A finding in this guide's file. */
    public Finding finding(String rule, Severity severity, int line, String message, String action) {
        return new Finding(rule, severity, guide.source(), line, message, action);
    }
}
