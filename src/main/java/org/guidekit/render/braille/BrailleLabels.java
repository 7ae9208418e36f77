package org.guidekit.render.braille;

import java.time.LocalDate;
import java.util.Map;

import org.guidekit.model.CalloutKind;
import org.guidekit.model.EditionWords;
import org.guidekit.model.ReviewDate;

/**
 * The words the braille edition adds to the guide's own, in its language: the review date, callout labels and the
 * word before a picture's description. The same words as the large-print handout ({@link EditionWords}).
 */
record BrailleLabels(String language, String picture, Map<CalloutKind, String> callouts) {
    BrailleLabels {
        callouts = Map.copyOf(callouts);
    }

    static BrailleLabels forLanguage(String languageTag) {
        EditionWords words = EditionWords.forLanguage(languageTag);
        return new BrailleLabels(words.language(), words.get("picture"), CalloutKind.labelsIn(words.language()));
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
}
