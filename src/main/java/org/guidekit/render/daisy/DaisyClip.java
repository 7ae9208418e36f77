package org.guidekit.render.daisy;

import java.util.Objects;

/**
 * One utterance's place in a chapter's audio file.
 *
 * @param textId  id of the content element it reads (the model id the utterance came from)
 * @param beginMs start in the audio file, in milliseconds
 * @param endMs   end in the audio file, in milliseconds
 */
record DaisyClip(String textId, long beginMs, long endMs) {
    public DaisyClip {
        Objects.requireNonNull(textId, "textId");
        if (beginMs < 0 || endMs <= beginMs) {
            throw new IllegalArgumentException("clip " + textId + " [" + beginMs + ", " + endMs + "]");
        }
    }
}
