package org.guidekit.render.audio;

import java.util.Objects;
import java.util.Optional;

import org.guidekit.model.Voice;
import org.guidekit.render.RenderOptions;

/**
 * How the voice speaks.
 *
 * @param wordsPerMinute target pace of running speech (not counting our pauses)
 * @param pitch          base pitch in Hz, or empty for the voice's own
 * @param voice          the engine and voice that speak (made concrete for the guide's language)
 */
public record VoiceSettings(int wordsPerMinute, Optional<Float> pitch, Voice voice) {
    public VoiceSettings {
        if (wordsPerMinute < 80 || wordsPerMinute > 300) {
            throw new IllegalArgumentException("rate " + wordsPerMinute + " is outside 80-300 words per minute");
        }
        Objects.requireNonNull(voice, "voice");
    }

    /** FreeTTS at this pace and pitch. */
    public VoiceSettings(int wordsPerMinute, Optional<Float> pitch) {
        this(wordsPerMinute, pitch, Voice.FREETTS);
    }

    /** The settings a render was asked for, with FreeTTS. */
    public static VoiceSettings from(RenderOptions options) {
        return new VoiceSettings(options.wordsPerMinute(), options.pitch());
    }

    /** The settings a render was asked for, with {@code voice}. */
    public static VoiceSettings from(RenderOptions options, Voice voice) {
        return new VoiceSettings(options.wordsPerMinute(), options.pitch(), voice);
    }
}
