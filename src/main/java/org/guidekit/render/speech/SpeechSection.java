package org.guidekit.render.speech;

import java.util.List;
import java.util.Objects;

/**
 * The utterances of one chapter: the opening (title and introduction) or one section of the guide.
 *
 * @param id         the section id, or {@code "opening"} for the title chapter
 * @param title      the chapter title: the section heading, or the guide title for the opening
 * @param utterances what is said, in order; never empty
 */
public record SpeechSection(String id, String title, List<Utterance> utterances) {
    public SpeechSection {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        utterances = List.copyOf(utterances);
        if (utterances.isEmpty()) {
            throw new IllegalArgumentException("section " + id + " says nothing");
        }
    }

    /** Words in this section. */
    public int wordCount() {
        return utterances.stream().mapToInt(Utterance::wordCount).sum();
    }
}
