package org.guidekit.importer;

import java.text.Normalizer;
import java.util.Locale;

/**
 * A guide's file name from its title: lower-case ASCII letters and digits joined by hyphens, like the sample
 * guides ({@code back-muscle-spasms}), short enough for any file system and a web address.
 */
final class Slug {
    private static final int MAX = 60;

    private Slug() {
    }

    /** The slug of {@code text}, or empty when it has no letters or digits. */
    static String of(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = folded.toLowerCase(Locale.ROOT).replace("'", "").replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-|-$", "");
        if (slug.length() > MAX) {
            slug = slug.substring(0, MAX).replaceAll("-[^-]*$", "");
        }
        return slug;
    }

    /** Whether {@code name} is already a slug (for a name given on the command line). */
    static boolean valid(String name) {
        return !name.isEmpty() && name.length() <= 100 && name.matches("[a-z0-9]+(-[a-z0-9]+)*");
    }
}
