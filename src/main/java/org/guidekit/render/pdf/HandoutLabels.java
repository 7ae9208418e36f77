package org.guidekit.render.pdf;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import org.guidekit.model.CalloutKind;

/**
 * The words the handout prints besides the guide's own: page numbers, the review date and the callout labels
 * ("Warning", "Warning (continued)"), in the guide's language. A Spanish handout must not warn in English. English, Spanish and French
 * are known; other languages get the English words.
 */
record HandoutLabels(Locale locale, String pageFormat, String reviewedFormat, String continuedFormat,
                     Map<CalloutKind, String> callouts) {
    static final HandoutLabels ENGLISH = new HandoutLabels(Locale.ENGLISH, "Page %d of %d", "Reviewed %s %d",
            "%s (continued)", CalloutKind.labelsIn("en"));
    private static final HandoutLabels SPANISH = new HandoutLabels(Locale.forLanguageTag("es"), "Página %d de %d",
            "Revisado en %s de %d", "%s (continuación)",
            CalloutKind.labelsIn("es"));
    private static final HandoutLabels FRENCH = new HandoutLabels(Locale.FRENCH, "Page %d sur %d", "Révisé en %s %d",
            "%s (suite)", CalloutKind.labelsIn("fr"));

    HandoutLabels {
        // An EnumMap, not Map.copyOf: its order (and so toString, which reaches the document /ID) is the same in
        // every process.
        callouts = java.util.Collections.unmodifiableMap(new EnumMap<>(callouts));
    }

    static HandoutLabels forLanguage(String languageTag) {
        return switch (Locale.forLanguageTag(languageTag).getLanguage()) {
            case "es" -> SPANISH;
            case "fr" -> FRENCH;
            default -> ENGLISH;
        };
    }

    String page(int number, int total) {
        return String.format(Locale.ROOT, pageFormat, number, total);
    }

    String reviewed(LocalDate date) {
        return String.format(Locale.ROOT, reviewedFormat, date.getMonth().getDisplayName(TextStyle.FULL, locale),
                date.getYear());
    }

    String callout(CalloutKind kind) {
        return callouts.get(kind);
    }

    /** "Warning (continued)": the label at the top of a box's part on a further page. */
    String continued(CalloutKind kind) {
        return String.format(Locale.ROOT, continuedFormat, callout(kind));
    }

    /** Every character these labels can print, for the font check. */
    String allText() {
        return pageFormat + reviewedFormat + continuedFormat + String.join("", callouts.values())
                + "0123456789 :().,–…"
                + reviewed(LocalDate.of(2026, 9, 1)) + reviewed(LocalDate.of(2026, 2, 1)) + reviewed(LocalDate.of(
                2026, 8, 1)) + reviewed(LocalDate.of(2026, 12, 1));
    }
}
