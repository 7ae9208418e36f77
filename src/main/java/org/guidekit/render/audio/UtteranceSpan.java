package org.guidekit.render.audio;

import java.util.List;

/**
 * Where one utterance sits in its section's audio, in samples from the section's first sample.
 *
 * @param id        the utterance id (the block it came from)
 * @param text      what was said
 * @param begin     first sample of the utterance
 * @param end       sample after its last one (before the pause we add)
 * @param sentences its sentences, with samples counted the same way
 */
record UtteranceSpan(String id, String text, long begin, long end, List<SentenceSpan> sentences) {
    public UtteranceSpan {
        sentences = List.copyOf(sentences);
    }

    /**
     * One sentence of an utterance; samples from the section's first sample.
     *
     * @param id the id of the printed element that shows the sentence (see the speech plan's sentences)
     */
    public record SentenceSpan(String id, String text, long begin, long end) {
    }
}
