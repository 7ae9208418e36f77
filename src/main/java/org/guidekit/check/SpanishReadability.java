package org.guidekit.check;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Readability of Spanish text, with the formulas made for Spanish and the Spanish syllable rules
 * ({@link SpanishSyllables}).
 * <ul>
 *   <li>Szigriszt-Pazos perspicuity (1993): P = 206.835 − 62.3 × syllables/words − words/sentences, read on the
 *   INFLESZ scale (Barrio-Cantalejo et al., 2008), which health-information studies in Spanish use: under 40 muy
 *   difícil, 40–55 algo difícil, 55–65 normal, 65–80 bastante fácil, over 80 muy fácil.</li>
 *   <li>Fernández-Huerta ease (1959), Flesch's formula adapted to Spanish: L = 206.84 − 60 × syllables/words
 *   − 1.02 × words/sentences. It is usually printed with "F = sentences per 100 words" in the last term, which makes
 *   shorter sentences score harder; that is a known slip in the transcription (G. Law, 2011), and the term is
 *   sentence length as in Flesch's, which is what is computed here. Its scale: under 30 muy difícil, 30–50
 *   difícil, 50–60 algo difícil, 60–70 normal, 70–80 algo fácil, 80–90 fácil, over 90 muy fácil.</li>
 * </ul>
 */
final class SpanishReadability {
    /** The primary language subtag of a Spanish guide. */
    static final String LANGUAGE = "es";
    /** The lowest INFLESZ score of the "normal" band, the least a leaflet for patients should reach. */
    static final double NORMAL = 55;

    private SpanishReadability() {
    }

    static double szigrisztPazos(int sentences, int words, int syllables) {
        if (sentences == 0 || words == 0) {
            return 0;
        }
        return 206.835 - 62.3 * syllables / words - (double) words / sentences;
    }

    static double fernandezHuerta(int sentences, int words, int syllables) {
        if (sentences == 0 || words == 0) {
            return 0;
        }
        return 206.84 - 60.0 * syllables / words - 1.02 * words / sentences;
    }

    /** The INFLESZ band of a Szigriszt-Pazos score: "muy difícil" to "muy fácil". */
    static String inflesz(double score) {
        if (score < 40) {
            return "muy difícil";
        }
        if (score < 55) {
            return "algo difícil";
        }
        if (score < 65) {
            return "normal";
        }
        return score <= 80 ? "bastante fácil" : "muy fácil";
    }

    /** The band of a Fernández-Huerta score on its own scale. */
    static String fernandezHuertaBand(double score) {
        if (score < 30) {
            return "muy difícil";
        }
        if (score < 50) {
            return "difícil";
        }
        if (score < 60) {
            return "algo difícil";
        }
        if (score < 70) {
            return "normal";
        }
        if (score < 80) {
            return "algo fácil";
        }
        return score < 90 ? "fácil" : "muy fácil";
    }

    /** The counts of some sentences by the Spanish rules. */
    static ReadabilityScore score(List<Sentence> sentences) {
        int words = 0;
        int syllables = 0;
        int poly = 0;
        for (Sentence s : sentences) {
            for (String w : Sentences.words(s.text())) {
                int n = SpanishSyllables.count(w);
                words++;
                syllables += n;
                poly += n >= 3 ? 1 : 0;
            }
        }
        return new ReadabilityScore(sentences.size(), words, syllables, poly, LANGUAGE);
    }

    /** A score for people: one decimal, "62.4". */
    static String format(double score) {
        return String.format(Locale.ROOT, "%.1f", score);
    }

    /** "48.2 (algo difícil on the INFLESZ scale; Fernández-Huerta 55.1, algo difícil)". */
    static String scores(ReadabilityScore s) {
        return format(s.szigrisztPazos()) + " (" + inflesz(s.szigrisztPazos()) + " on the INFLESZ scale; "
                + "Fernández-Huerta " + format(s.fernandezHuerta()) + ", " + fernandezHuertaBand(s.fernandezHuerta())
                + ")";
    }

    /** Up to {@code n} sentences with the lowest Szigriszt-Pazos score, hardest first; ties keep reading order. */
    static List<Sentence> hardest(List<Sentence> sentences, int n) {
        return sentences.stream()
                .sorted(Comparator.comparingDouble(SpanishReadability::sentenceScore))
                .limit(n)
                .toList();
    }

    private static double sentenceScore(Sentence s) {
        return score(List.of(s)).szigrisztPazos();
    }

    /** Up to {@code n} distinct words of five or more syllables, longest first, with the line each is first on. */
    static Map<String, Integer> longWords(List<Sentence> sentences, int n) {
        return Readability.longWords(sentences, n, SpanishSyllables::count, 5);
    }
}
