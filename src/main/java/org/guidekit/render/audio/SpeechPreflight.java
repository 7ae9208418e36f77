package org.guidekit.render.audio;

import java.lang.ref.WeakReference;
import java.util.Map;

import org.guidekit.error.GuidekitException;
import org.guidekit.model.Guide;
import org.guidekit.render.RenderInputs;
import org.guidekit.render.RenderOptions;
import org.guidekit.render.speech.SpeechScriptBuilder;

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

    /**
     * The guide last checked (weakly held, by identity), its shared pronunciation list and what the check found: the
     * audio, DAISY, EPUB and web formats each ask the same question of the same guide in one review, and building
     * the speech script is the costliest part of a check (a quarter of a one-paragraph guide's time, each).
     */
    private static final class Last {
        final WeakReference<Guide> guide;
        final Map<String, String> pronunciations;
        final RuntimeException problem;

        Last(Guide guide, Map<String, String> pronunciations, RuntimeException problem) {
            this.guide = new WeakReference<>(guide);
            this.pronunciations = pronunciations;
            this.problem = problem;
        }
    }

    private static Last last;

    /** @throws org.guidekit.error.GuidekitException the first problem synthesis would stop at */
    public static void check(Guide guide, RenderOptions options) {
        Map<String, String> pronunciations = options.sharedPronunciations();
        Last known;
        synchronized (SpeechPreflight.class) {
            known = last;
        }
        if (known != null && known.guide.get() == guide && known.pronunciations.equals(pronunciations)) {
            if (known.problem != null) {
                throw known.problem;
            }
            return;
        }
        RuntimeException problem = null;
        try {
            SpokenGuide.checkEnglish(guide);
            new SpeechScriptBuilder(FreeTtsLexicon.instance()::knows).build(guide, pronunciations);
        } catch (GuidekitException e) {
            problem = e;
        }
        synchronized (SpeechPreflight.class) {
            last = new Last(guide, pronunciations, problem);
        }
        if (problem != null) {
            throw problem;
        }
    }
}
