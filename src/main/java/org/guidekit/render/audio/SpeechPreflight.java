package org.guidekit.render.audio;

import org.guidekit.model.Guide;
import org.guidekit.render.RenderInputs;
import org.guidekit.render.RenderOptions;

/**
 * The checks every spoken format makes before synthesis, run alone by {@code check} (through
 * {@link SpeechService#preflight}): the voice speaks the guide's language, and its speech script can be built
 * (pronunciation entries the voice accepts, something to say for every heading).
 */
public final class SpeechPreflight {
    private SpeechPreflight() {
    }

    /** The inputs of every spoken format: what the voice says (source, pronunciation lists) and how. */
    public static RenderInputs voiceInputs(String format, Guide guide, RenderOptions options) {
        return RenderInputs.of(format, guide).entries("pronunciations", options.sharedPronunciations())
                .text("rate", Integer.toString(options.wordsPerMinute()))
                .text("pitch", options.pitch().map(String::valueOf).orElse("voice"))
                .text("voice", voiceOf(guide))
                .text("encoder", Mp3Encoder.settings());
    }

    /** The voice's setting value, or why there is none (the build then refuses the guide with that reason). */
    private static String voiceOf(Guide guide) {
        try {
            return SpokenGuide.voice(guide).toString();
        } catch (org.guidekit.error.RenderException e) {
            return "none";
        }
    }

    /**
     * @param scripts the session's memo of the last script, shared with its speech verifier
     * @throws org.guidekit.error.GuidekitException the first problem synthesis would stop at
     */
    static void check(Guide guide, RenderOptions options, LastScript scripts) {
        SpokenGuide.check(guide);
        scripts.of(guide, options.sharedPronunciations());
    }
}
