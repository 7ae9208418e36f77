package org.guidekit.check;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Counts syllables in English words by vowel groups, with the usual corrections (silent final "e", "-le",
 * "-ed") and an exceptions list for common words the rules get wrong. Accurate to about one syllable in ten
 * words, which is what Flesch-Kincaid and SMOG were calibrated with (hand counts vary as much).
 */
final class Syllables {
    /** Words the rules below miscount, by syllables; mostly vowel pairs said as two syllables, or silent vowels. */
    private static final Map<String, Integer> EXCEPTIONS = bySyllables(Map.of(
            1, "ache aches hour hours fire toward towards the eye eyes",
            2, "being doing going seeing quiet science diet create people every business via patient patients "
                    + "reuse naive maybe someone sometimes stomach trauma yoga",
            3, "area idea ideas everyone everything medicine medicines pharmacy period serious recipe anyone naproxen",
            4, "sciatica radiation coordinate cooperate usually actually",
            6, "involuntarily"));

    private Syllables() {
    }

    /**
     * Counts already made, by word as given: a guide says the same few thousand words again and again, and the
     * rules below cost some regular expressions a word. Bounded, so hostile text cannot grow it without end.
     */
    private static final Map<String, Integer> COUNTED = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MOST_COUNTED = 50_000;
    private static final java.util.regex.Pattern NOT_A_LETTER = java.util.regex.Pattern.compile("[^a-z]");

    /** Syllables in {@code word}; at least 1. Hyphenated words are counted part by part; numbers count 1. */
    public static int count(String word) {
        Integer counted = COUNTED.get(word);
        if (counted != null) {
            return counted;
        }
        int n = counted(word);
        if (COUNTED.size() < MOST_COUNTED) {
            COUNTED.put(word, n);
        }
        return n;
    }

    private static int counted(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        if (w.contains("-")) {
            int sum = 0;
            for (String part : w.split("-+")) {
                sum += part.isEmpty() ? 0 : count(part);
            }
            return Math.max(1, sum);
        }
        Integer known = EXCEPTIONS.get(w.endsWith("'s") ? w.substring(0, w.length() - 2) : w);
        if (known != null) {
            return known;
        }
        String letters = NOT_A_LETTER.matcher(w).replaceAll("");
        return letters.isEmpty() ? 1 : Math.max(1, byRules(letters));
    }

    /** Turns each count's words (one string, separated by spaces) into a word-to-count lookup. */
    private static Map<String, Integer> bySyllables(Map<Integer, String> wordsByCount) {
        Map<String, Integer> counts = new HashMap<>();
        wordsByCount.forEach((count, words) -> {
            for (String word : words.split(" ")) {
                counts.put(word, count);
            }
        });
        return Map.copyOf(counts);
    }

    private static int byRules(String w) {
        int groups = 0;
        boolean inVowel = false;
        for (int i = 0; i < w.length(); i++) {
            boolean v = isVowel(w, i);
            if (v && !inVowel) {
                groups++;
            }
            inVowel = v;
        }
        if (w.length() > 2 && w.endsWith("e") && !w.endsWith("le") && !w.endsWith("ee") && !isVowel(w, w.length() - 2)) {
            groups--; // silent final e: "take", "spine"
        } else if (w.length() > 2 && w.endsWith("le") && isVowel(w, w.length() - 3)) {
            groups--; // "whale", "mile": the e is silent after a vowel
        }
        if (w.length() > 3 && w.endsWith("ed") && !w.endsWith("ted") && !w.endsWith("ded")) {
            groups--; // "walked", "rolled"; but "rested", "needed" keep it
        } else if (w.length() > 3 && w.endsWith("es") && !w.matches(".*(s|x|z|ch|sh|c|g)es")
                && !isVowel(w, w.length() - 3)) {
            groups--; // "takes", "times"; but "boxes", "pieces", "changes" keep it
        }
        if (w.matches(".*(sm|thm)s?")) {
            groups++; // the m is a syllable of its own: "spasm", "rhythm"
        }
        groups += hiatus(w);
        return groups;
    }

    /** Vowel pairs said as two syllables: "-ia" (bacteria), "-io" (radio), "-eo", "-ua", "-uo". */
    private static int hiatus(String w) {
        int extra = 0;
        for (String pair : new String[] {"ia", "io", "eo", "ua", "uo", "iu"}) {
            for (int i = w.indexOf(pair); i >= 0; i = w.indexOf(pair, i + 1)) {
                boolean sion = w.startsWith("tion", Math.max(0, i - 1)) || w.startsWith("sion", Math.max(0, i - 1))
                        || w.startsWith("cio", i - 1) || w.startsWith("cia", i - 1) || w.startsWith("tia", i - 1);
                if (!sion) {
                    extra++;
                }
            }
        }
        return extra;
    }

    private static boolean isVowel(String w, int i) {
        char c = w.charAt(i);
        return "aeiou".indexOf(c) >= 0 || (c == 'y' && i > 0);
    }
}
