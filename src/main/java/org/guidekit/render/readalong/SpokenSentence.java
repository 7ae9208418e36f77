package org.guidekit.render.readalong;

/**
 * One sentence as the voice said it and where it is heard.
 *
 * @param text    what the voice was given (normalised: "9 1 1", "milligrams")
 * @param beginMs its start in the single MP3
 * @param endMs   the start of the next sentence, or the end of the audio for the last one
 */
public record SpokenSentence(String text, long beginMs, long endMs) {
}
