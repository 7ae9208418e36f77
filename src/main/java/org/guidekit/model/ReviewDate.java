package org.guidekit.model;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * The review-date line every edition prints under the title, in the guide's language, the same in every edition:
 * "Reviewed October 2026", "Revisado en octubre de 2026", "Révisé en octobre 2026"; other languages get the English
 * words (as {@link CalloutKind#label(String)} does).
 */
public final class ReviewDate {
    private ReviewDate() {
    }

    /** The line for {@link Metadata#reviewed()} {@code date} in a guide written in {@code languageTag}. */
    public static String label(LocalDate date, String languageTag) {
        return switch (Locale.forLanguageTag(languageTag).getLanguage()) {
            case "es" -> "Revisado en " + month(date, Locale.forLanguageTag("es")) + " de " + date.getYear();
            case "fr" -> "Révisé en " + month(date, Locale.FRENCH) + " " + date.getYear();
            default -> "Reviewed " + month(date, Locale.ENGLISH) + " " + date.getYear();
        };
    }

    private static String month(LocalDate date, Locale locale) {
        return date.getMonth().getDisplayName(TextStyle.FULL, locale);
    }
}
