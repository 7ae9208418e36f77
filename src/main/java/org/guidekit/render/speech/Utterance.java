package org.guidekit.render.speech;

import java.util.List;
import java.util.Objects;

/**
 * One thing the voice says in one go, usually one block or list item, made of the sentences the voice speaks one
 * at a time (so each has its own timing, for captions and the DAISY book's sentence highlight).
 *
 * @param id           the id of the model element it came from (section, block, list item or table row); used by
 *                     captions and by the DAISY clip map
 * @param sentences    what is said, sentence by sentence, already normalised; never empty
 * @param pauseAfterMs silence after it, in milliseconds
 * @param prosody      how it is spoken
 */
public record Utterance(String id, List<Sentence> sentences, int pauseAfterMs, Prosody prosody) {
    public Utterance {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(prosody, "prosody");
        sentences = List.copyOf(sentences);
        if (sentences.isEmpty()) {
            throw new IllegalArgumentException("utterance " + id + " says nothing");
        }
        if (pauseAfterMs < 0) {
            throw new IllegalArgumentException("negative pause in " + id);
        }
    }

    /** An utterance of one sentence that carries the utterance's own id. */
    public Utterance(String id, String text, int pauseAfterMs, Prosody prosody) {
        this(id, List.of(new Sentence(id, text)), pauseAfterMs, prosody);
    }

    /** Exactly what the voice gets: the sentences joined by spaces. */
    public String text() {
        if (sentences.size() == 1) {
            return sentences.get(0).text();
        }
        StringBuilder sb = new StringBuilder();
        for (Sentence s : sentences) {
            sb.append(sb.length() == 0 ? "" : " ").append(s.text());
        }
        return sb.toString();
    }

    /** Number of words, as a listener would count them (for pace checks and progress). */
    public int wordCount() {
        return text().split("[\\s-]+").length;
    }

    Utterance withPauseAfter(int ms) {
        return new Utterance(id, sentences, ms, prosody);
    }

    /**
     * One sentence: the unit the voice speaks and a talking book highlights.
     *
     * @param id   the id of the printed element that shows it: the block's own id, or a sentence id made by
     *             {@link PrintedSentences#sentenceId} when the block has several sentences
     * @param text what the voice gets for it, one line, normalised
     */
    public record Sentence(String id, String text) {
        public Sentence {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(text, "text");
            if (text.isBlank() || text.indexOf('\n') >= 0) {
                throw new IllegalArgumentException("sentence " + id + " must be one non-blank line: " + text);
            }
        }
    }
}
