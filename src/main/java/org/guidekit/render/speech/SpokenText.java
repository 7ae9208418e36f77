package org.guidekit.render.speech;

import java.util.function.Predicate;

/**
 * A piece of printed text as the voice is given it, normalised for its language (the workspace's "hear the selected
 * text", which speaks text outside a speech script).
 */
public final class SpokenText {
    private SpokenText() {
    }

    /**
     * @param languageTag the guide's language (BCP 47)
     * @param voiceKnows  for English: true for a word the voice can say as a word (see {@link HealthTextNormalizer})
     */
    public static String of(String printed, String languageTag, Predicate<String> voiceKnows) {
        return SpeechNormalizer.forLanguage(languageTag, voiceKnows).normalize(printed);
    }
}
