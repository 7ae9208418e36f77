package org.guidekit.check;

import java.util.Locale;
import java.util.Map;

/**
 * Counts syllables in English words by vowel groups, with the usual corrections (silent final "e", "-le",
 * "-ed") and an exceptions list for common words the rules get wrong. Accurate to about one syllable in ten
 * words, which is what Flesch-Kincaid and SMOG were calibrated with (hand counts vary as much).
 */
final class Syllables {
    /** Words the rules below miscount; mostly vowel pairs said as two syllables, or silent vowels. */
    private static final Map<String, Integer> EXCEPTIONS = Map.ofEntries(
            Map.entry("area", 3), Map.entry("idea", 3), Map.entry("ideas", 3), Map.entry("being", 2),
            Map.entry("doing", 2), Map.entry("going", 2), Map.entry("seeing", 2), Map.entry("quiet", 2),
            Map.entry("science", 2), Map.entry("diet", 2), Map.entry("create", 2), Map.entry("people", 2),
            Map.entry("every", 2), Map.entry("everyone", 3), Map.entry("everything", 3), Map.entry("business", 2),
            Map.entry("medicine", 3), Map.entry("medicines", 3), Map.entry("ache", 1), Map.entry("aches", 1),
            Map.entry("hour", 1), Map.entry("hours", 1), Map.entry("fire", 1), Map.entry("via", 2),
            Map.entry("sciatica", 4), Map.entry("pharmacy", 3), Map.entry("period", 3), Map.entry("serious", 3),
            Map.entry("radiation", 4), Map.entry("patient", 2), Map.entry("patients", 2), Map.entry("coordinate", 4),
            Map.entry("cooperate", 4), Map.entry("reuse", 2), Map.entry("toward", 1), Map.entry("towards", 1),
            Map.entry("the", 1), Map.entry("eye", 1), Map.entry("eyes", 1), Map.entry("naive", 2),
            Map.entry("recipe", 3), Map.entry("maybe", 2), Map.entry("anyone", 3), Map.entry("someone", 2),
            Map.entry("sometimes", 2), Map.entry("stomach", 2), Map.entry("usually", 4), Map.entry("actually", 4),
            Map.entry("involuntarily", 6), Map.entry("trauma", 2), Map.entry("yoga", 2), Map.entry("naproxen", 3));

    private Syllables() {
    }

    /** Syllables in {@code word}; at least 1. Hyphenated words are counted part by part; numbers count 1. */
    public static int count(String word) {
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
        String letters = w.replaceAll("[^a-z]", "");
        return letters.isEmpty() ? 1 : Math.max(1, byRules(letters));
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
