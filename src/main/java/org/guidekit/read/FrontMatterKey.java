package org.guidekit.read;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Collectors;

/** The keys a guide's front matter may use, with near-miss suggestions for typos. */
enum FrontMatterKey {
    TITLE("title"), SUBTITLE("subtitle"), LANGUAGE("language"), ORGANIZATION("organization"),
    REVIEWED("reviewed"), PRONUNCIATIONS("pronunciations"), TARGET_GRADE("target-grade"),
    ALLOWED_LINKS("allowed-links"), PICTURE_CAPTIONS("picture-captions"), SUMMARY("summary");

    final String key;

    FrontMatterKey(String key) {
        this.key = key;
    }

    static Optional<FrontMatterKey> of(String key) {
        return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
    }

    /** "did you mean "title"?" for a close typo, else the list of valid keys. */
    static String suggestionFor(String unknown) {
        String lower = unknown.toLowerCase(java.util.Locale.ROOT);
        FrontMatterKey best = Arrays.stream(values())
                .min(Comparator.comparingInt(k -> distance(lower, k.key))).orElseThrow();
        if (distance(lower, best.key) <= Math.max(2, best.key.length() / 3)) {
            return "did you mean \"" + best.key + "\"?";
        }
        return "valid keys are " + Arrays.stream(values()).map(k -> k.key).collect(Collectors.joining(", "));
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
