package org.guidekit.render.speech;

import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/** One normalisation rule: every match of a pattern replaced by what a person would say. */
record Rewrite(Pattern pattern, Function<MatchResult, String> spoken) {
    static Rewrite of(String regex, Function<MatchResult, String> spoken) {
        return new Rewrite(Pattern.compile(regex), spoken);
    }

    static Rewrite literal(String regex, String spoken) {
        return new Rewrite(Pattern.compile(regex), m -> spoken);
    }

    String apply(String text) {
        return pattern.matcher(text).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(spoken.apply(m)));
    }
}
