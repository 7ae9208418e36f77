package org.guidekit.render.pdf;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import org.guidekit.model.CalloutKind;
import org.guidekit.model.EditionWords;
import org.guidekit.model.ReviewDate;

/**
 * The words the handout prints besides the guide's own: page numbers, the review date and the callout labels
 * ("Warning", "Warning (continued)"), in the guide's language ({@link EditionWords}). A Spanish handout must not
 * warn in English. English, Spanish and French are known; other languages get the English words.
 */
record HandoutLabels(String language, String pageFormat, String continuedFormat, Map<CalloutKind, String> callouts) {
    static final HandoutLabels ENGLISH = forLanguage("en");

    HandoutLabels {
        // An EnumMap, not Map.copyOf: its order (and so toString, which reaches the document /ID) is the same in
        // every process.
        callouts = java.util.Collections.unmodifiableMap(new EnumMap<>(callouts));
    }

    static HandoutLabels forLanguage(String languageTag) {
        EditionWords words = EditionWords.forLanguage(languageTag);
        return new HandoutLabels(words.language(), words.get("handout.page"), words.get("handout.continued"),
                CalloutKind.labelsIn(words.language()));
    }

    String page(int number, int total) {
        return String.format(Locale.ROOT, pageFormat, number, total);
    }

    /** "Reviewed October 2026", worded as in every edition. */
    String reviewed(LocalDate date) {
        return ReviewDate.label(date, language);
    }

    /** "Reviewed October 2026 by Dr. Ana Ruiz", or without "by" when no reviewer is named. */
    String reviewed(LocalDate date, java.util.Optional<String> by) {
        return ReviewDate.label(date, by, language);
    }

    String callout(CalloutKind kind) {
        return callouts.get(kind);
    }

    /** "Warning (continued)": the label at the top of a box's part on a further page. */
    String continued(CalloutKind kind) {
        return String.format(Locale.ROOT, continuedFormat, callout(kind));
    }

    /** "Medicine: furosemide (continued)": a table's record going on from the page before. */
    String continued(String text) {
        return String.format(Locale.ROOT, continuedFormat, text);
    }

    /** Every character these labels can print, for the font check. */
    String allText() {
        return pageFormat + continuedFormat + String.join("", callouts.values())
                + "0123456789 :().,–…"
                + reviewed(LocalDate.of(2026, 9, 1)) + reviewed(LocalDate.of(2026, 2, 1)) + reviewed(LocalDate.of(
                2026, 8, 1)) + reviewed(LocalDate.of(2026, 12, 1));
    }
}
