package org.guidekit.read;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Stable ids derived from content. A section's id is a slug of its heading ("step-1-apply-heat-or-cold"); a block's
 * id is its container's id plus its kind and ordinal ("step-1-apply-heat-or-cold-p2"). The same file always gives
 * the same ids, and editing one section leaves the ids of the others unchanged.
 */
final class Ids {
    private static final int MAX_SLUG = 48;
    /** Ids renderers give to parts that are not sections (title lines, the closing line); never used for sections. */
    private static final Set<String> RESERVED = Set.of("title", "subtitle", "organization", "opening", "intro",
            "end", "ncc", "content");
    private final Set<String> used = new HashSet<>(RESERVED);
    /** The next number to try for each repeated slug, so a thousand repeats do not count up a thousand times each. */
    private final Map<String, Integer> nextNumber = new HashMap<>();

    /** A unique slug for a heading; repeats get "-2", "-3". */
    String section(String heading) {
        String base = slug(heading);
        if (used.add(base)) {
            return base;
        }
        // Every number below the last one given for this slug was taken then and is still taken (ids are never
        // freed), so starting there gives the same ids as counting from 2, in amortised constant time.
        int n = nextNumber.getOrDefault(base, 2);
        while (!used.add(base + "-" + n)) {
            n++;
        }
        nextNumber.put(base, n + 1);
        return base + "-" + n;
    }

    static String slug(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = folded.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        if (slug.length() > MAX_SLUG) {
            slug = slug.substring(0, MAX_SLUG).replaceAll("-[^-]*$", "");
        }
        // Ids must start with a letter to be valid XML/HTML ids (DAISY uses them as anchors).
        return slug.isEmpty() ? "section" : Character.isLetter(slug.charAt(0)) ? slug : "s-" + slug;
    }

    /** Numbers the blocks of one container: p1, p2, l1, t1 … */
    static final class Scope {
        private final String prefix;
        private final Map<Character, Integer> counters = new HashMap<>();

        Scope(String prefix) {
            this.prefix = prefix;
        }

        String next(char kind) {
            int n = counters.merge(kind, 1, Integer::sum);
            return prefix + "-" + kind + n;
        }
    }
}
