package org.guidekit.render.braille;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import org.guidekit.model.CalloutKind;
import org.guidekit.model.ReviewDate;

/**
 * The words the braille edition adds to the guide's own, in its language: the review date, callout labels and the
 * word before a picture's description. The same words as the large-print handout.
 */
record BrailleLabels(String language, String picture, Map<CalloutKind, String> callouts) {
    private static final BrailleLabels ENGLISH = new BrailleLabels("en", "Picture", CalloutKind.labelsIn("en"));
    private static final BrailleLabels SPANISH = new BrailleLabels("es", "Imagen", CalloutKind.labelsIn("es"));
    private static final BrailleLabels FRENCH = new BrailleLabels("fr", "Image", CalloutKind.labelsIn("fr"));

    BrailleLabels {
        callouts = Map.copyOf(callouts);
    }

    static BrailleLabels forLanguage(String languageTag) {
        return switch (Locale.forLanguageTag(languageTag).getLanguage()) {
            case "es" -> SPANISH;
            case "fr" -> FRENCH;
            default -> ENGLISH;
        };
    }

    /** "Reviewed October 2026", worded as in every edition. */
    String reviewed(LocalDate date) {
        return ReviewDate.label(date, language);
    }

    String callout(CalloutKind kind) {
        return callouts.get(kind);
    }
}
