package org.guidekit.check;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number glued to a word ("Take1-2", "101degrees", "every4hours"): a typo that readers stumble on and that the
 * voice reads as one strange word, so a dose or a time can be lost. A warning at its line, with the text as it should
 * be ("Take 1-2"). A unit symbol glued to its number ("500mg", "10mL", "8am", "2nd") is how many leaflets print
 * doses, and the voice reads it right, so it is not reported; a unit written as a word ("4hours", "2tablets") is.
 * Web and mail addresses are left alone. Applies to every language: the typo is the same in any.
 */
final class GluedNumberRule extends PieceRule<TextUnit> {
    static final String ID = "glued-number";
    /** A word of three or more letters (lower case, or capitalised) with a digit right after it: "Take|1", "every|4". */
    private static final Pattern WORD_THEN_NUMBER = Pattern.compile("(?<![\\p{L}\\p{N}])(?:\\p{Lu}\\p{Ll}{2,}|"
            + "\\p{Ll}{3,})(?=\\p{Nd})");
    /** Three or more letters right after a digit: "101|degrees", "4|hours"; unit symbols are excluded below. */
    private static final Pattern NUMBER_THEN_WORD = Pattern.compile("(?<=\\p{Nd})\\p{L}{3,}+(?!\\p{L})");
    /** Unit symbols, ordinals and codes that are written glued to a number and read right. */
    private static final Set<String> GLUED_AS_PRINTED = Set.of("mcg", "mmol", "mmhg", "meq", "kcal", "cal", "hrs",
            "mins", "secs", "wks", "yrs", "bpm", "lbs", "tbsp", "tsp", "kgs", "mls", "mgs", "iu", "rpm", "dpi");
    /** Names that carry a digit of their own. */
    private static final Set<String> NAMES = Set.of("hba1c", "spo2", "covid19", "mp3", "mp4", "h2o", "co2");
    private static final Pattern TOKEN = Pattern.compile("\\S+");
    private static final Pattern ADDRESS = Pattern.compile("(?i)://|www\\.|@|\\p{L}\\.\\p{L}{2,}");

    GluedNumberRule() {
        super(CheckContext::units, ID);
    }

    @Override
    void check(TextUnit u, Findings found) {
        if (u.text().codePoints().noneMatch(Character::isDigit)) {
            return; // both patterns need a digit (\p{Nd}): a text with none has nothing glued (most prose)
        }
        Set<String> seen = new LinkedHashSet<>();
        Matcher t = TOKEN.matcher(u.text());
        while (t.find()) {
            String token = t.group().replaceAll("^\\p{P}+|\\p{P}+$", "");
            if (token.isEmpty() || ADDRESS.matcher(token).find()
                    || NAMES.contains(token.toLowerCase(Locale.ROOT)) || !seen.add(token)) {
                continue;
            }
            String fixed = spaced(token);
            if (!fixed.equals(token)) {
                found.add(Severity.WARNING, u.line(), "\"" + token + "\" has a number glued to a word: readers "
                        + "stumble on it and the voice reads it as one strange word", "write \"" + fixed + "\"");
            }
        }
    }

    /** The token with a space at each place a word and a number are glued. */
    static String spaced(String token) {
        Set<Integer> cuts = new TreeSet<>();
        Matcher before = WORD_THEN_NUMBER.matcher(token);
        while (before.find()) {
            cuts.add(before.end());
        }
        Matcher after = NUMBER_THEN_WORD.matcher(token);
        while (after.find()) {
            if (!GLUED_AS_PRINTED.contains(after.group().toLowerCase(Locale.ROOT))) {
                cuts.add(after.start());
            }
        }
        StringBuilder b = new StringBuilder(token);
        cuts.stream().sorted((x, y) -> y - x).forEach(i -> b.insert((int) i, ' '));
        return b.toString();
    }
}
