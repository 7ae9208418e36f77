package org.guidekit.render.speech;

import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Spells out initialisms and letter-and-digit abbreviations the voice does not know, letter by letter: "EMS" →
 * "E-M-S", "eGFR" → "E-G-F-R", "HbA1c" → "H-B-A-1-C". FreeTTS would say them as one made-up word ("ems",
 * "egfr"). Capital words the voice knows ("NOT", "STOP", "AIDS"), words in the guide's pronunciation list and
 * camel-case names ("MyChart", "iPhone") are left alone; the acronym table has already expanded the common ones.
 */
final class Initialisms {
    /** All capitals (2-6, an optional plural s), or letters mixed with digits or with capitals inside. */
    static final Pattern CANDIDATE = Pattern.compile("(?<![\\w.@/'-])(?:[A-Z]{2,6}(s)?|(?=[A-Za-z]*\\d*[A-Za-z])"
            + "(?=\\w*[A-Z])(?=\\w*(?:[a-z][A-Z]|[A-Za-z]\\d|\\d[A-Za-z]))[A-Za-z0-9]{2,8})(?![\\w@'])");
    private static final Pattern CAMEL_WORD = Pattern.compile(".*[a-z]{3,}.*");

    private Initialisms() {
    }

    /** @param known true for a word (lower case) the voice or the guide's pronunciation list can say */
    static Rewrite rule(Predicate<String> known) {
        return new Rewrite(CANDIDATE, m -> spoken(m, known));
    }

    private static String spoken(MatchResult m, Predicate<String> known) {
        String token = m.group();
        String lower = token.toLowerCase(Locale.ROOT);
        boolean allCaps = token.equals(token.toUpperCase(Locale.ROOT)) && !token.matches(".*\\d.*");
        if (known.test(lower) || allCaps && m.group(1) != null && known.test(lower.substring(0, lower.length() - 1))
                || !allCaps && CAMEL_WORD.matcher(token).matches() || token.matches("\\d+[a-z]*|[A-Z]\\d+")) {
            return token; // a word, a plural of one, a name, a number with a suffix, or "B12" (said right)
        }
        String stem = m.group(1) != null ? token.substring(0, token.length() - 1) : token;
        // Hyphens, not spaces: FreeTTS reads a lone "A" before a number as the article ("H B A 1 C" → "uh").
        String spelled = String.join("-", stem.toUpperCase(Locale.ROOT).split("(?<=\\D)|(?=\\D)"));
        return m.group(1) != null ? spelled + "'s" : spelled;
    }
}
