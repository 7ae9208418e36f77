package org.guidekit.render.audio;

import java.util.Optional;

import org.guidekit.render.RenderOptions;

/**
 * How the voice speaks.
 *
 * @param wordsPerMinute target pace of running speech (not counting our pauses)
 * @param pitch          base pitch in Hz, or empty for the voice's own
 */
public record VoiceSettings(int wordsPerMinute, Optional<Float> pitch) {
    public VoiceSettings {
        if (wordsPerMinute < 80 || wordsPerMinute > 300) {
            throw new IllegalArgumentException("rate " + wordsPerMinute + " is outside 80-300 words per minute");
        }
    }

    /** The settings a render was asked for. */
    public static VoiceSettings from(RenderOptions options) {
        return new VoiceSettings(options.wordsPerMinute(), options.pitch());
    }
}
