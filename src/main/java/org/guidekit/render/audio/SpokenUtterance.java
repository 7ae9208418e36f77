package org.guidekit.render.audio;

import java.util.List;

/**
 * What a voice produced for one utterance: the samples, and where each of its sentences lies in them (the voice
 * speaks sentence by sentence, so these timings are real, not estimated).
 *
 * @param samples   16-bit signed mono samples, not yet levelled
 * @param sentences the sentences in order, as the voice split them
 */
public record SpokenUtterance(short[] samples, List<Sentence> sentences) {
    public SpokenUtterance {
        sentences = List.copyOf(sentences);
    }

    /**
     * One sentence.
     *
     * @param text  the sentence as the voice was given it
     * @param begin its first sample
     * @param end   the sample after its last one
     */
    public record Sentence(String text, int begin, int end) {
    }
}
