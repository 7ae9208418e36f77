package org.guidekit.render.speech;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.guidekit.model.Block;
import org.guidekit.model.Callout;
import org.guidekit.model.CalloutKind;
import org.guidekit.model.Paragraph;

/**
 * Cuts a section's speech into chapters: the section, then each warning, caution or important callout as a chapter
 * of its own, and what follows a callout as a continuation. "Call 911 if ..." is then one skip away in an MP3
 * player and one NCC item in a DAISY player, instead of 40 seconds into "Step 5". Pauses stay as they were. A
 * continuation is only an audio segment: no edition shows it as a chapter (see {@link SpeechSection}).
 */
final class SectionChapters {
    /** Callouts a listener must be able to reach directly. */
    static final Set<CalloutKind> NAVIGABLE = EnumSet.of(CalloutKind.WARNING, CalloutKind.CAUTION,
            CalloutKind.IMPORTANT);
    private static final int TITLE_LENGTH = 80;

    private SectionChapters() {
    }

    /**
     * @param lead what is said before the blocks (the heading, or the opening's title lines)
     */
    static List<SpeechSection> split(String id, String title, int level, List<Utterance> lead, List<Block> blocks,
                                     BlockSpeech speech) {
        List<SpeechSection> chapters = new ArrayList<>();
        List<Utterance> current = new ArrayList<>(lead);
        SpeechSection.Role role = SpeechSection.Role.HEADING;
        String currentId = id;
        String currentTitle = title;
        for (Block b : blocks) {
            if (b instanceof Callout c && NAVIGABLE.contains(c.kind())) {
                if (!current.isEmpty()) {
                    chapters.add(new SpeechSection(currentId, currentTitle, current, level, role));
                }
                chapters.add(new SpeechSection(c.id(), calloutTitle(c), c.accept(speech), Math.min(6, level + 1),
                        SpeechSection.Role.CALLOUT));
                current = new ArrayList<>();
                role = SpeechSection.Role.CONTINUATION;
                currentId = id + "-continued-" + chapters.size();
                currentTitle = title + " (continued)";
            } else {
                current.addAll(b.accept(speech));
            }
        }
        if (!current.isEmpty()) {
            chapters.add(new SpeechSection(currentId, currentTitle, current, level, role));
        }
        return chapters;
    }

    /** "Warning: Call 911", or with no title the callout's first sentence, shortened at a word. */
    static String calloutTitle(Callout c) {
        String text = c.title().orElseGet(() -> c.blocks().stream().filter(Paragraph.class::isInstance)
                .map(p -> PrintedSentences.flatten(PrintedSentences.split(((Paragraph) p).content()).get(0)))
                .findFirst().orElse("")).strip();
        if (text.length() > TITLE_LENGTH) {
            text = text.substring(0, text.lastIndexOf(' ', TITLE_LENGTH)) + "...";
        }
        return text.isEmpty() ? c.kind().label() : c.kind().label() + ": " + text;
    }
}
