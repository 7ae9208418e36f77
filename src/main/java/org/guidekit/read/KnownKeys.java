package org.guidekit.read;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The keys a YAML mapping may use (a guide's front matter, {@code guidekit.yaml}), found by the name written in the
 * file; for an unknown name, the key meant when it is a close typo, else the list of valid keys.
 */
final class KnownKeys<K> {
    private final Map<String, K> byName = new LinkedHashMap<>();

    /** {@code keys} in the order their names are listed, each written in the file as {@code name}. */
    KnownKeys(K[] keys, Function<K, String> name) {
        for (K k : keys) {
            byName.put(name.apply(k), k);
        }
    }

    Optional<K> of(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** "did you mean "title"?" for a close typo, else "valid keys are …". */
    String suggestionFor(String unknown) {
        String lower = unknown.toLowerCase(Locale.ROOT);
        List<String> names = List.copyOf(byName.keySet());
        String best = names.stream().min(Comparator.comparingInt(k -> distance(lower, k))).orElseThrow();
        if (distance(lower, best) <= Math.max(2, best.length() / 3)) {
            return "did you mean \"" + best + "\"?";
        }
        return "valid keys are " + String.join(", ", names);
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
