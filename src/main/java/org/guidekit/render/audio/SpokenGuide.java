package org.guidekit.render.audio;

import java.util.Locale;

import org.guidekit.error.RenderException;
import org.guidekit.model.Guide;
import org.guidekit.render.RenderOptions;
import org.guidekit.render.speech.SpeechScriptBuilder;

/**
 * The one way in to a guide's audio for every renderer that needs it (the MP3 and the DAISY book): builds the
 * speech script and synthesises it once per build through {@link SynthesisCache}.
 *
 * <pre>{@code try (SynthesisCache.Lease lease = SpokenGuide.speak(guide, options, false)) {
 *     SynthesizedGuide audio = lease.audio();   // section MP3s, clip map, script
 * }}</pre>
 */
public final class SpokenGuide {
    private SpokenGuide() {
    }

    /**
     * The guide's audio.
     *
     * @param keepPcm also keep raw samples (WAV output)
     * @throws RenderException when the guide is not in English, the only language the voice speaks
     */
    public static SynthesisCache.Lease speak(Guide guide, RenderOptions options, boolean keepPcm) {
        checkEnglish(guide);
        var script = new SpeechScriptBuilder(FreeTtsLexicon.instance()::knows)
                .build(guide, options.sharedPronunciations());
        return SynthesisCache.shared().lease(script, VoiceSettings.from(options), keepPcm, options.progress());
    }

    /** FreeTTS has only English voices; other languages get a clear message instead of English-accented noise. */
    static void checkEnglish(Guide guide) {
        unsupported(guide).ifPresent(why -> {
            throw new RenderException(guide.source() + ": " + why + "; render it with --format pdf");
        });
    }

    /** Why the voice cannot speak {@code guide}, or empty. */
    public static java.util.Optional<String> unsupported(Guide guide) {
        String language = guide.metadata().language();
        return Locale.forLanguageTag(language).getLanguage().equals("en") ? java.util.Optional.empty()
                : java.util.Optional.of("the voice speaks English only, but the guide's language is " + language);
    }
}
