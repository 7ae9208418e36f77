package org.guidekit.render.audio;

import org.guidekit.model.Guide;
import org.guidekit.render.RenderInputs;
import org.guidekit.render.RenderOptions;

/**
 * What the formats that carry the guide's audio only when the voice can speak it (the EPUB and the read-along
 * page) declare and check: a guide in another language still gets its book and its page, without audio, so the
 * voice's inputs and checks apply only to a spoken guide.
 */
public final class OptionalAudio {
    private OptionalAudio() {
    }

    /** True when the voice can speak {@code guide}, so the edition carries its audio. */
    public static boolean spoken(Guide guide) {
        return SpokenGuide.unsupported(guide).isEmpty();
    }

    /** The voice's inputs for a spoken guide, else only the guide's; the pictures in both cases. */
    public static RenderInputs inputs(String format, Guide guide, RenderOptions options) {
        RenderInputs inputs = spoken(guide) ? SpeechPreflight.voiceInputs(format, guide, options)
                : RenderInputs.of(format, guide);
        return inputs.figures(guide);
    }

    /** The speech checks, for a spoken guide only, through the session's {@code speech} service. */
    public static void preflight(Guide guide, RenderOptions options, SpeechService speech) {
        if (spoken(guide)) {
            speech.preflight(guide, options);
        }
    }
}
