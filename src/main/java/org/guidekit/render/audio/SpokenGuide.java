package org.guidekit.render.audio;

import java.util.Locale;

import org.guidekit.error.RenderException;
import org.guidekit.model.Guide;

/** Which guides the voice can speak. */
public final class SpokenGuide {
    private SpokenGuide() {
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
