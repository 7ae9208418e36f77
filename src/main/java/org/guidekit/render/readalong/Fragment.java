package org.guidekit.render.readalong;

import java.util.Objects;

/**
 * A piece of printed text and when it is heard: a sentence {@code <span>}, or a whole element (a table row) when
 * its words are not printed as spoken.
 *
 * @param id      the element id in the markup
 * @param beginMs when the voice starts it, in the single MP3
 * @param endMs   when the next fragment starts (fragments tile the audio, pauses included)
 */
public record Fragment(String id, long beginMs, long endMs) {
    public Fragment {
        Objects.requireNonNull(id, "id");
        if (beginMs < 0 || endMs <= beginMs) {
            throw new IllegalArgumentException("fragment " + id + " [" + beginMs + ", " + endMs + "]");
        }
    }

    /** Its length in milliseconds. */
    public long durationMs() {
        return endMs - beginMs;
    }
}
