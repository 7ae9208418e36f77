package org.guidekit.check;

import java.util.Locale;

/**
 * Counts syllables in Spanish words by the rules of Spanish spelling, which (unlike English) fix them: every
 * syllable has one vowel nucleus; two strong vowels (a, e, o) side by side are in hiatus ("po-e-ta", "le-er"), a weak
 * vowel (i, u, ü, final y) with any other is a diphthong ("cui-da-do", "pa-cien-te", "hoy") or a triphthong ("buey"),
 * unless the weak vowel carries the accent ("dí-a", "re-ú-ne", "ma-íz"). The "u" of "que", "qui", "gue", "gui" is
 * silent ("gui-a" is "guí-a", two syllables). An "h" between vowels does not separate them in speech, but the
 * spelling rules leave "prohibir" as hiatus-free, so it is counted as a consonant, as syllabifiers do.
 */
final class SpanishSyllables {
    private static final String STRONG = "aeoáéó";
    private static final String ACCENTED_WEAK = "íú";
    private static final String WEAK = "iuüy";

    private SpanishSyllables() {
    }

    /** Syllables in {@code word}; at least 1. Hyphenated words are counted part by part; numbers count 1. */
    static int count(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.contains("-")) {
            int sum = 0;
            for (String part : w.split("-+")) {
                sum += part.isEmpty() ? 0 : count(part);
            }
            return Math.max(1, sum);
        }
        String letters = w.replaceAll("[^a-záéíóúüñ]", "")
                .replaceAll("([qg])u(?=[eiéí])", "$1"); // the silent u of "que", "guía"
        int syllables = 0;
        char previous = 0;
        for (int i = 0; i < letters.length(); i++) {
            char c = letters.charAt(i);
            if (!isVowel(letters, i)) {
                previous = 0;
                continue;
            }
            if (previous == 0 || separate(previous, c)) {
                syllables++;
            }
            previous = c;
        }
        return Math.max(1, syllables);
    }

    /** Whether two vowels side by side are said in two syllables (hiatus) rather than one (diphthong). */
    private static boolean separate(char first, char second) {
        boolean bothStrong = STRONG.indexOf(first) >= 0 && STRONG.indexOf(second) >= 0;
        boolean accentedWeak = ACCENTED_WEAK.indexOf(first) >= 0 || ACCENTED_WEAK.indexOf(second) >= 0;
        return bothStrong || accentedWeak;
    }

    /** A vowel; "y" only where it is not a consonant, that is not before a vowel ("hoy", "y", but not "ya"). */
    private static boolean isVowel(String w, int i) {
        char c = w.charAt(i);
        if (c == 'y') {
            boolean beforeVowel = i + 1 < w.length() && (STRONG + ACCENTED_WEAK + "iuü").indexOf(w.charAt(i + 1)) >= 0;
            return !beforeVowel;
        }
        return STRONG.indexOf(c) >= 0 || ACCENTED_WEAK.indexOf(c) >= 0 || WEAK.indexOf(c) >= 0;
    }
}
