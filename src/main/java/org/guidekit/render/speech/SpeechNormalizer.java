package org.guidekit.render.speech;

import java.util.Locale;
import java.util.function.Predicate;

/**
 * Turns printed health text in one language into the words a voice should say: "Take 10 mg" → "Take 10
 * milligrams", "Tome 10 mg" → "Tome diez miligramos". One normaliser per language, each with its own tables; the
 * guide's language ({@code language:} in its front matter) picks one with {@link #forLanguage}. Package-private until
 * a class outside the speech plan needs it (the preview and the speech checks of issue 27 will).
 */
interface SpeechNormalizer {
    /** The language this normaliser reads, as the primary BCP 47 subtag: {@code en}, {@code es}. */
    String language();

    /** The words to say for {@code printed}: one line, trimmed; blank when nothing speakable is left. */
    String normalize(String printed);

    /**
     * The normaliser for a guide in {@code languageTag} (BCP 47, e.g. {@code es-US}): Spanish for {@code es}, else
     * English, which is what every guide got before there was a choice (a guide in a language without a normaliser
     * gets no audio edition, so nothing is said in the wrong language).
     *
     * @param voiceKnows for English: true for a word (lower case) the voice can say as a word; capital words it does
     *                   not know are spelled out ({@link HealthTextNormalizer#HealthTextNormalizer(Predicate)})
     */
    static SpeechNormalizer forLanguage(String languageTag, Predicate<String> voiceKnows) {
        String language = Locale.forLanguageTag(languageTag).getLanguage();
        if (language.equals(SpanishNormalizer.LANGUAGE)) {
            return new SpanishNormalizer();
        }
        return new EnglishNormalizer(new HealthTextNormalizer(voiceKnows));
    }
}
