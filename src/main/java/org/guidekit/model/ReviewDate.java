package org.guidekit.model;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * The review-date line every edition prints under the title, in the guide's language, the same in every edition:
 * "Reviewed October 2026", "Revisado en octubre de 2026", "Révisé en octobre 2026"; other languages get the English
 * words (as {@link CalloutKind#label(String)} does), all from {@link EditionWords}.
 */
public final class ReviewDate {
    private ReviewDate() {
    }

    /** The line for {@link Metadata#reviewed()} {@code date} in a guide written in {@code languageTag}. */
    public static String label(LocalDate date, String languageTag) {
        EditionWords words = EditionWords.forLanguage(languageTag);
        return words.format("reviewed", month(date, Locale.forLanguageTag(words.language())), date.getYear());
    }

    /**
     * The line for a review signed off by name: "Reviewed October 2026 by Dr. Ana Ruiz"; without a name, as
     * {@link #label(LocalDate, String)}.
     */
    public static String label(LocalDate date, java.util.Optional<String> by, String languageTag) {
        if (by.isEmpty()) {
            return label(date, languageTag);
        }
        EditionWords words = EditionWords.forLanguage(languageTag);
        return words.format("reviewed-by", month(date, Locale.forLanguageTag(words.language())), date.getYear(),
                by.get());
    }

    private static String month(LocalDate date, Locale locale) {
        return date.getMonth().getDisplayName(TextStyle.FULL, locale);
    }
}
