package org.guidekit.read;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps the write-in blanks of a leaflet ("Date: ____/____/______", "Dose: ______ mg") as the lines they are.
 * Markdown reads runs of underscores as emphasis marks, so a date blank became bold nothing and a slash, and the
 * handout printed "Date: //". Before parsing, a run of three or more underscores that touches no letter or digit on
 * either side is escaped, underscore by underscore; {@code ___bold italic___} still opens and closes emphasis.
 * Only characters are added inside a line, so line numbers stay right.
 */
final class WriteInBlanks {
    private static final Pattern BLANK = Pattern.compile("(?<![\\p{L}\\p{N}_\\\\])_{3,}(?![\\p{L}\\p{N}_])");

    private WriteInBlanks() {
    }

    static String escape(String markdown) {
        if (markdown.indexOf("___") < 0) {
            return markdown;
        }
        Matcher m = BLANK.matcher(markdown);
        StringBuilder out = new StringBuilder(markdown.length() + 16);
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement("\\_".repeat(m.group().length())));
        }
        m.appendTail(out);
        return out.toString();
    }
}
