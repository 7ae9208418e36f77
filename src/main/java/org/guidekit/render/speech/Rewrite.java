package org.guidekit.render.speech;

import java.util.List;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * One normalisation rule: every match of a pattern replaced by what a person would say. A rule made by
 * {@link #onlyWhere} or {@link #onlyWithAny} stands for a group of rules and runs them only when its guard is found.
 *
 * @param anyOf for a group made by {@link #onlyWithAny}, the characters one of which the text must have (a
 *              search of the characters, cheaper than a pattern's); else empty
 * @param low   the characters of {@code anyOf} below 64 as bits, so that most characters are looked up, not searched
 * @param high  those from 64 to 127
 */
record Rewrite(Pattern pattern, Function<MatchResult, String> spoken, List<Rewrite> group, String anyOf, long low,
               long high) {
    Rewrite {
        group = List.copyOf(group);
    }

    Rewrite(Pattern pattern, Function<MatchResult, String> spoken) {
        this(pattern, spoken, List.of(), "", 0, 0);
    }

    static Rewrite of(String regex, Function<MatchResult, String> spoken) {
        return new Rewrite(Pattern.compile(regex), spoken);
    }

    static Rewrite literal(String regex, String spoken) {
        return of(regex, m -> spoken);
    }

    /**
     * The {@code rules} in their order, applied only to a text in which {@code guard} finds something. Exact only
     * when every match of every rule is also a match of the guard (a superset pattern).
     */
    static Rewrite onlyWhere(String guard, List<Rewrite> rules) {
        return new Rewrite(Pattern.compile(guard), null, rules, "", 0, 0);
    }

    /**
     * The {@code rules} in their order, applied only to a text that has one of {@code characters}. Exact only when
     * every match of every rule contains one of them.
     */
    static Rewrite onlyWithAny(String characters, List<Rewrite> rules) {
        long low = 0;
        long high = 0;
        for (char c : characters.toCharArray()) {
            low |= c < 64 ? 1L << c : 0;
            high |= c >= 64 && c < 128 ? 1L << (c - 64) : 0;
        }
        return new Rewrite(Pattern.compile("[" + Pattern.quote(characters) + "]"), null, rules, characters, low, high);
    }

    String apply(String text) {
        if (!group.isEmpty()) {
            if (anyOf.isEmpty() ? !pattern.matcher(text).find() : !hasAny(text)) {
                return text;
            }
            String s = text;
            for (Rewrite r : group) {
                s = r.apply(s);
            }
            return s;
        }
        return pattern.matcher(text).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(spoken.apply(m)));
    }

    private boolean hasAny(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 64 ? (low >>> c & 1) != 0 : c < 128 ? (high >>> (c - 64) & 1) != 0 : anyOf.indexOf(c) >= 0) {
                return true;
            }
        }
        return false;
    }
}
