package org.guidekit.render.audio;

/**
 * Where one utterance sits in its section's audio, in samples from the section's first sample.
 *
 * @param id    the utterance id (the block it came from)
 * @param text  what was said
 * @param begin first sample of the utterance
 * @param end   sample after its last one (before the pause we add)
 */
public record UtteranceSpan(String id, String text, long begin, long end) {
}
