package org.guidekit.render.speech;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * First step of normalisation: folds typography the voice cannot read into plain ASCII that it can. FreeTTS drops
 * or mangles anything outside ASCII ("Don’t" becomes "don t", "Café" becomes "caf", "½" is silent), so quotes,
 * dashes, accents, fractions and symbols are rewritten before any other rule looks at the text.
 */
final class TypographyFolder {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    // Emoji, pictographs, dingbats, arrows and the like carry no words a listener needs.
    private static final Pattern PICTOGRAPHS = Pattern.compile(
            "[\\x{1F000}-\\x{1FAFF}\\x{2600}-\\x{27BF}\\x{2190}-\\x{21FF}\\x{2B00}-\\x{2BFF}\\x{FE0F}\\x{200D}]");
    private static final Pattern DIGIT_DASH_DIGIT = Pattern.compile("(\\d)\\s*[\\u2012\\u2013\\u2014\\u2212]\\s*(\\d)");
    private static final Pattern MIXED_FRACTION = Pattern.compile("(\\d)\\s*([½¼¾⅓⅔])");

    private TypographyFolder() {
    }

    private static final java.util.regex.Pattern SPACE_RUN = java.util.regex.Pattern.compile("[ \t]{2,}");

    private static final Pattern LONG_DASH = Pattern.compile("\\s*[\\u2014\\u2015]\\s*");
    private static final Pattern SHORT_DASH = Pattern.compile("[\\u2010\\u2011\\u2012\\u2013\\u2212]");

    static String fold(String text) {
        if (isPlain(text)) {
            // Only the space runs can change: every other step looks for a character outside printable ASCII
            // (or for one of the few ASCII symbols {@link #symbol} rewrites), and NFD leaves ASCII as it is.
            return SPACE_RUN.matcher(text).replaceAll(" ");
        }
        String s = text;
        s = MIXED_FRACTION.matcher(s).replaceAll(m -> m.group(1) + " and " + vulgar(m.group(2).charAt(0), true));
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            sb.append(symbol(s.charAt(i)));
        }
        // One space for each run: symbols folded to spaces can leave thousands in a row, and "\s*—\s*" below would
        // scan such a run again from each of its positions (a cell of 19,000 bullets took 30 s).
        s = SPACE_RUN.matcher(sb).replaceAll(" ");
        s = DIGIT_DASH_DIGIT.matcher(s).replaceAll("$1 to $2");
        s = SHORT_DASH.matcher(LONG_DASH.matcher(s).replaceAll(", ")).replaceAll("-");
        s = PICTOGRAPHS.matcher(s).replaceAll(" ");
        s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        return s;
    }

    /** Printable ASCII and spaces only, none of which {@link #symbol} rewrites: most sentences. */
    private static boolean isPlain(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < ' ' || c > '}' || c == '`' || c == '*') { // '~' (0x7E) is above '}'
                return false;
            }
        }
        return true;
    }

    private static String vulgar(char c, boolean afterWhole) {
        return switch (c) {
            case '½' -> afterWhole ? "a half" : "one half";
            case '¼' -> afterWhole ? "a quarter" : "one quarter";
            case '¾' -> "three quarters";
            case '⅓' -> afterWhole ? "a third" : "one third";
            default -> "two thirds";
        };
    }

    /** One character as the voice should get it; most characters pass through. */
    private static String symbol(char c) {
        return switch (c) {
            case '\u2018', '\u2019', '\u201A', '\u2032', '`', '\u00B4' -> "'";
            case '\u201C', '\u201D', '\u201E', '\u2033', '\u00AB', '\u00BB' -> "\"";
            case '\u00A0', '\u2007', '\u202F', '\u2009', '\u200A', '\t' -> " ";
            case '\u2026' -> "...";
            case '½', '¼', '¾', '⅓', '⅔' -> " " + vulgar(c, false) + " ";
            case '≥' -> " at least ";
            case '≤' -> " at most ";
            case '±' -> " plus or minus ";
            case '×' -> " times ";
            case '÷' -> " divided by ";
            case '≈', '~' -> " about ";
            case '→' -> " to ";
            case '\u2610' -> " check box "; // a box to tick on a form: the voice would say nothing
            case '®', '™', '©', '•', '·', '▪', '■', '◦', '●', '*', '†', '‡', '§', '¶' -> " ";
            case 'µ', 'μ' -> "u"; // "µg" becomes "ug", which the unit rules then say as micrograms
            case 'ß' -> "ss";
            case 'æ' -> "ae";
            case 'ø' -> "o";
            default -> String.valueOf(c);
        };
    }
}
