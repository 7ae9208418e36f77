package org.guidekit.render.readalong;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import org.guidekit.model.CalloutKind;
import org.guidekit.model.EditionWords;
import org.guidekit.model.ReviewDate;

/**
 * The words the markup prints besides the guide's own (callout labels, "Picture", the review date, "Contents"),
 * in the guide's language ({@link EditionWords}): English, Spanish and French are known; other languages get English,
 * marked with {@link #tag()} so a screen reader switches voice.
 *
 * @param tag      the language these words are in (BCP 47)
 * @param picture  the caption's first word
 * @param contents the table of contents' heading
 * @param callouts the callout labels
 */
public record Labels(String tag, String picture, String contents, Map<CalloutKind, String> callouts) {
    public static final Labels ENGLISH = forLanguage("en");

    public Labels {
        callouts = Map.copyOf(callouts);
    }

    /** The words for a guide in {@code languageTag}. */
    public static Labels forLanguage(String languageTag) {
        EditionWords words = EditionWords.forLanguage(languageTag);
        return new Labels(words.language(), words.get("picture"), words.get("contents"),
                CalloutKind.labelsIn(words.language()));
    }

    /** The primary language subtag, lower case: "en" for "en-US". */
    public static String language(String tag) {
        return Locale.forLanguageTag(tag).getLanguage();
    }

    public String callout(CalloutKind kind) {
        return callouts.get(kind);
    }

    /** "Reviewed October 2026", worded as in every edition. */
    public String reviewed(LocalDate date) {
        return ReviewDate.label(date, tag);
    }

    /** "Reviewed October 2026 by Dr. Ana Ruiz", or without "by" when no reviewer is named. */
    public String reviewed(LocalDate date, java.util.Optional<String> by) {
        return ReviewDate.label(date, by, tag);
    }
}
