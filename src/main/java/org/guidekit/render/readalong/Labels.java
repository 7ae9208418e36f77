package org.guidekit.render.readalong;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import org.guidekit.model.CalloutKind;
import org.guidekit.model.ReviewDate;

/**
 * The words the markup prints besides the guide's own (callout labels, "Picture", the review date, "Contents"),
 * in the guide's language: English, Spanish and French are known, as in the handout; other languages get English,
 * marked with {@link #tag()} so a screen reader switches voice.
 *
 * @param tag      the language these words are in (BCP 47)
 * @param picture  the caption's first word
 * @param contents the table of contents' heading
 * @param callouts the callout labels
 */
public record Labels(String tag, String picture, String contents, Map<CalloutKind, String> callouts) {
    public static final Labels ENGLISH = new Labels("en", "Picture", "Contents", CalloutKind.labelsIn("en"));
    private static final Labels SPANISH = new Labels("es", "Imagen", "Contenido", CalloutKind.labelsIn("es"));
    private static final Labels FRENCH = new Labels("fr", "Image", "Sommaire", CalloutKind.labelsIn("fr"));

    public Labels {
        callouts = Map.copyOf(callouts);
    }

    /** The words for a guide in {@code languageTag}. */
    public static Labels forLanguage(String languageTag) {
        return switch (language(languageTag)) {
            case "es" -> SPANISH;
            case "fr" -> FRENCH;
            default -> ENGLISH;
        };
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
}
