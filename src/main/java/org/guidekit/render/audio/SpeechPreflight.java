package org.guidekit.render.audio;

import org.guidekit.model.Guide;
import org.guidekit.render.RenderInputs;
import org.guidekit.render.RenderOptions;

/**
 * The checks every spoken format makes before synthesis, run alone by {@code check}: the voice speaks the
 * guide's language, and its speech script can be built (pronunciation entries the voice accepts, something to say
 * for every heading).
 */
public final class SpeechPreflight {
    private SpeechPreflight() {
    }

    /** The inputs of every spoken format: what the voice says (source, pronunciation lists) and how. */
    public static RenderInputs voiceInputs(String format, Guide guide, RenderOptions options) {
        return RenderInputs.of(format, guide).entries("pronunciations", options.sharedPronunciations())
                .text("rate", Integer.toString(options.wordsPerMinute()))
                .text("pitch", options.pitch().map(String::valueOf).orElse("voice"))
                .text("encoder", Mp3Encoder.settings());
    }

    /** @throws org.guidekit.error.GuidekitException the first problem synthesis would stop at */
    public static void check(Guide guide, RenderOptions options) {
        SpokenGuide.checkEnglish(guide);
        LastScript.of(guide, options.sharedPronunciations());
    }
}
