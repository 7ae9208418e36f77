package org.guidekit.render.braille;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import org.guidekit.model.CalloutKind;

/**
 * The words the braille edition adds to the guide's own, in its language: the review date, callout labels and the
 * word before a picture's description. The same words as the large-print handout.
 */
record BrailleLabels(Locale locale, String reviewedFormat, String picture, Map<CalloutKind, String> callouts) {
    private static final BrailleLabels ENGLISH = new BrailleLabels(Locale.ENGLISH, "Reviewed %s %d", "Picture",
            labels("Note", "Tip", "Important", "Warning", "Caution"));
    private static final BrailleLabels SPANISH = new BrailleLabels(Locale.forLanguageTag("es"),
            "Revisado en %s de %d", "Imagen", labels("Nota", "Consejo", "Importante", "Advertencia", "Precaución"));
    private static final BrailleLabels FRENCH = new BrailleLabels(Locale.FRENCH, "Révisé en %s %d", "Image",
            labels("Remarque", "Conseil", "Important", "Avertissement", "Attention"));

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

    private static Map<CalloutKind, String> labels(String note, String tip, String important, String warning,
                                                   String caution) {
        Map<CalloutKind, String> m = new EnumMap<>(CalloutKind.class);
        m.put(CalloutKind.NOTE, note);
        m.put(CalloutKind.TIP, tip);
        m.put(CalloutKind.IMPORTANT, important);
        m.put(CalloutKind.WARNING, warning);
        m.put(CalloutKind.CAUTION, caution);
        return m;
    }
}
