package org.guidekit.render.speech;

import java.util.List;

import org.guidekit.model.Required;

/**
 * The utterances of one chapter: the opening (title and introduction), one section of the guide, a warning,
 * caution or important callout (a chapter of its own, so a listener can skip straight to it), or the rest of a
 * section after such a callout. Each is an audio segment of its own, so a callout starts exactly at a segment's
 * first frame. The editions keep a continuation in its section: the MP3's section chapter runs over its callouts
 * and continuations (the callouts are chapters inside it), the DAISY book puts all three in the section's SMIL file
 * with NCC items for the section and the callouts only, and the read-along page lists no continuation.
 *
 * @param id         the section id, the callout id, {@code "opening"} for the title chapter, or the section id with
 *                   {@code -continued-N} for what follows a callout
 * @param title      the chapter title: the section heading, "Warning: ..." for a callout, the guide title for the
 *                   opening, or the heading with "(continued)"
 * @param utterances what is said, in order; never empty
 * @param level      its heading level for navigation: 1 for the opening, the section's level, one deeper for a
 *                   callout (at most 6); a continuation has its section's level
 * @param role       what the chapter is
 */
public record SpeechSection(String id, String title, List<Utterance> utterances, int level, Role role) {
    /** What a chapter is. */
    public enum Role {
        /** The opening or a section, starting with its heading. */
        HEADING,
        /** A warning, caution or important callout. */
        CALLOUT,
        /** The rest of a section after a callout; navigation goes to the section or the callout, not here. */
        CONTINUATION
    }

    public SpeechSection {
        Required.nonNull("id title role", id, title, role);
        utterances = List.copyOf(utterances);
        if (utterances.isEmpty()) {
            throw new IllegalArgumentException("section " + id + " says nothing");
        }
        if (level < 1 || level > 6) {
            throw new IllegalArgumentException("section " + id + " has level " + level);
        }
    }

    /** A section chapter at level 2. */
    public SpeechSection(String id, String title, List<Utterance> utterances) {
        this(id, title, utterances, 2, Role.HEADING);
    }

    /** Words in this section. */
    public int wordCount() {
        return utterances.stream().mapToInt(Utterance::wordCount).sum();
    }

    SpeechSection withUtterances(List<Utterance> said) {
        return new SpeechSection(id, title, said, level, role);
    }
}
