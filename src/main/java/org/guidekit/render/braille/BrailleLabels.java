package org.guidekit.render.braille;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;

import org.guidekit.model.CalloutKind;

/**
 * The words the braille edition adds to the guide's own, in its language: the review date, callout labels and the
 * word before a picture's description. The same words as the large-print handout.
 */
record BrailleLabels(Locale locale, String reviewedFormat, String picture, Map<CalloutKind, String> callouts) {
    private static final BrailleLabels ENGLISH = new BrailleLabels(Locale.ENGLISH, "Reviewed %s %d", "Picture",
            CalloutKind.labelsIn("en"));
    private static final BrailleLabels SPANISH = new BrailleLabels(Locale.forLanguageTag("es"),
            "Revisado en %s de %d", "Imagen", CalloutKind.labelsIn("es"));
    private static final BrailleLabels FRENCH = new BrailleLabels(Locale.FRENCH, "Révisé en %s %d", "Image",
            CalloutKind.labelsIn("fr"));

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

    String reviewed(LocalDate date) {
        return String.format(Locale.ROOT, reviewedFormat, date.getMonth().getDisplayName(TextStyle.FULL, locale),
                date.getYear());
    }

    String callout(CalloutKind kind) {
        return callouts.get(kind);
    }
}
