package org.guidekit.render.speech;

import java.util.Objects;

/**
 * One thing the voice says in one go, usually one block or list item.
 *
 * @param id           the id of the model element it came from (section, block, list item or table row); used by
 *                     captions and by the DAISY clip map
 * @param text         exactly what the voice gets, already normalised
 * @param pauseAfterMs silence after it, in milliseconds
 * @param prosody      how it is spoken
 */
public record Utterance(String id, String text, int pauseAfterMs, Prosody prosody) {
    public Utterance {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(prosody, "prosody");
        if (text.isBlank() || text.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("utterance " + id + " must be one non-blank line: " + text);
        }
        if (pauseAfterMs < 0) {
            throw new IllegalArgumentException("negative pause in " + id);
        }
    }

    /** Number of words, as a listener would count them (for pace checks and progress). */
    public int wordCount() {
        return text.split("[\\s-]+").length;
    }

    Utterance withPauseAfter(int ms) {
        return new Utterance(id, text, ms, prosody);
    }
}
