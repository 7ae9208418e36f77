package org.guidekit.read;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * What to say about an unknown key in a guide's front matter or in {@code guidekit.yaml}: the valid key meant, for a
 * close typo, else the list of valid keys.
 */
final class KeySuggestion {
    private KeySuggestion() {
    }

    /** "did you mean "title"?" for a close typo of one of {@code keys}, else "valid keys are …". */
    static String forUnknown(String unknown, List<String> keys) {
        String lower = unknown.toLowerCase(Locale.ROOT);
        String best = keys.stream().min(Comparator.comparingInt(k -> distance(lower, k))).orElseThrow();
        if (distance(lower, best) <= Math.max(2, best.length() / 3)) {
            return "did you mean \"" + best + "\"?";
        }
        return "valid keys are " + String.join(", ", keys);
    }

    /** Levenshtein distance; keys are short, so the simple table is fine. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
