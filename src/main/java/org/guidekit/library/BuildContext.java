package org.guidekit.library;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import org.guidekit.check.CheckSettings;
import org.guidekit.error.ContentException;
import org.guidekit.read.AllowedLinksReader;
import org.guidekit.read.PlainWordsReader;
import org.guidekit.read.PronunciationListReader;
import org.guidekit.read.Settings;
import org.guidekit.read.SettingsReader;
import org.guidekit.render.RenderOptions;

/**
 * What every guide of one content folder shares, resolved once per build from the content root: the approved web
 * sites ({@code allowed-links.yaml}), the clinic-wide pronunciations ({@code pronunciations.yaml}), the clinic's
 * plain-words list ({@code plain-words.yaml}) and the clinic's settings ({@code guidekit.yaml}). Guides in
 * subfolders use the root's lists. {@code check}, {@code render} and {@code build} all take the lists from here,
 * so they can never disagree about them.
 */
public final class BuildContext {
    /** Files whose presence marks a folder as a content root. */
    private static final List<String> SHARED_FILES = List.of(AllowedLinksReader.FILE_NAME,
            PronunciationListReader.FILE_NAME, SettingsReader.FILE_NAME, PlainWordsReader.FILE_NAME);

    private final Path root;
    private final SortedSet<String> allowedHosts;
    private final SortedMap<String, String> pronunciations;
    private final SortedMap<String, String> plainWords;
    private final Settings settings;
    private final Optional<ContentException> problem;

    private BuildContext(Path root, Set<String> hosts, Map<String, String> pronunciations,
                         Map<String, String> plainWords, Settings settings, Optional<ContentException> problem) {
        this.root = root;
        this.settings = settings;
        this.allowedHosts = Collections.unmodifiableSortedSet(new TreeSet<>(hosts));
        this.pronunciations = Collections.unmodifiableSortedMap(new TreeMap<>(pronunciations));
        this.plainWords = Collections.unmodifiableSortedMap(new TreeMap<>(plainWords));
        this.problem = problem;
    }

    /** Reads the shared lists of {@code root}; a broken list is kept as the problem of every guide. */
    public static BuildContext of(Path root) {
        Path abs = root.toAbsolutePath().normalize();
        try {
            return new BuildContext(abs, AllowedLinksReader.readFrom(abs), PronunciationListReader.readFrom(abs),
                    PlainWordsReader.readFrom(abs), SettingsReader.readFrom(abs, Renderers.formats()), Optional.empty());
        } catch (ContentException e) {
            return new BuildContext(abs, Set.of(), Map.of(), Map.of(), Settings.defaults(), Optional.of(e));
        }
    }

    /**
     * The content root of a guide named on its own: the nearest folder, from the guide's own upwards, that holds
     * a shared list, so {@code content/heart/x.md} uses {@code content/allowed-links.yaml}; else the guide's folder.
     */
    public static Path rootOf(Path file) {
        Path folder = file.toAbsolutePath().normalize().getParent();
        for (Path f = folder; f != null; f = f.getParent()) {
            for (String name : SHARED_FILES) {
                if (Files.isRegularFile(f.resolve(name))) {
                    return f;
                }
            }
        }
        return folder;
    }

    /** The content folder, absolute. */
    public Path root() {
        return root;
    }

    /** The clinic's settings ({@code guidekit.yaml}), or the defaults. */
    public Settings settings() {
        return settings;
    }

    /** Throws the shared lists' problem, if they could not be read. */
    void requireReadable() {
        problem.ifPresent(e -> {
            throw e;
        });
    }

    /** The problem of the shared lists, if any. */
    public Optional<ContentException> problem() {
        return problem;
    }

    /** {@code base} with this folder's approved sites, pronunciations and plain words. */
    public CheckSettings checkSettings(CheckSettings base) {
        return base.withShared(allowedHosts, pronunciations).withPlainWords(plainWords);
    }

    /** {@code base} with this folder's pronunciations, which the voice uses. */
    public RenderOptions renderOptions(RenderOptions base) {
        return base.withSharedPronunciations(pronunciations);
    }
}
