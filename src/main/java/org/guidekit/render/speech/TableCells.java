package org.guidekit.render.speech;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a table cell says when its meaning is in the layout rather than in its text. A listener cannot see that a
 * cell is empty, holds only a dash, or that its number takes the unit printed in the column header or in the next
 * cell of the row: "Dose (mL)" over "2.5" is said "Dose: 2.5 milliliters", a row "Dose | 2.5 | 5 | 7.5 mL" is said
 * with "milliliters" after every value, a dash is said "none" and an empty cell "blank" (it may be a write-in space,
 * where "none" would be wrong).
 */
final class TableCells {
    /** A unit a header names in brackets or after a comma: "Dose (mL)", "Weight, lbs". */
    private static final Pattern HEADER_UNIT = Pattern.compile(
            "^(.*?)\\s*(?:\\(\\s*(?:in\\s+)?(UNIT)\\s*\\)|,\\s*(?:in\\s+)?(UNIT))\\s*$"
                    .replace("UNIT", "mg|mcg|g|kg|mL|ml|L|lbs|lb|oz|tsp|tbsp|mmol/L|mg/dL|units|cm|mm|mmHg"));
    /** A value that is a bare number, a range or a fraction: "2.5", "6-11", "½", "1 ½". */
    private static final Pattern BARE_NUMBER = Pattern.compile(
            "\\d+(?:[.,]\\d+)?(?:\\s*[½¼¾⅓⅔])?(?:\\s*[-\u2013]\\s*\\d+(?:[.,]\\d+)?(?:\\s*[½¼¾⅓⅔])?)?|[½¼¾⅓⅔]");
    /** A number followed by one unit: "7.5 mL", "1 tsp". */
    private static final Pattern NUMBER_AND_UNIT = Pattern.compile(
            "[\\d½¼¾⅓⅔][\\d.,½¼¾⅓⅔\\s\u2013-]*\\s?(mg|mcg|g|kg|mL|ml|L|lbs|lb|oz|tsp|tbsp|mmol/L|mg/dL|units?)");
    private static final Pattern DASH = Pattern.compile("[-\u2010-\u2015\u2212]+|n/?a|N/?A");

    private TableCells() {
    }

    /** The header's unit in its printed spelling, if it names one. */
    static Optional<String> headerUnit(String header) {
        Matcher m = HEADER_UNIT.matcher(header.strip());
        return m.matches() ? Optional.of(m.group(2) != null ? m.group(2) : m.group(3)) : Optional.empty();
    }

    /** The header without the unit it names, said before a value that now carries the unit: "Dose (mL)" → "Dose". */
    static String headerName(String header) {
        Matcher m = HEADER_UNIT.matcher(header.strip());
        return m.matches() && !m.group(1).isEmpty() ? m.group(1) : header;
    }

    /** The one unit the row's values carry ("2.5 | 5 | 7.5 mL" → "mL"), when there is exactly one. */
    static Optional<String> rowUnit(List<String> values) {
        String unit = null;
        for (String v : values) {
            Matcher m = NUMBER_AND_UNIT.matcher(v.strip());
            if (m.matches()) {
                if (unit != null && !unit.equals(m.group(1))) {
                    return Optional.empty();
                }
                unit = m.group(1);
            }
        }
        return Optional.ofNullable(unit);
    }

    /** The cell as it should be said: "none" for a dash, "blank" for nothing, a bare number with its unit. */
    static String spoken(String value, Optional<String> unit) {
        return spoken(value, unit, "none", "blank");
    }

    /** As {@link #spoken(String, Optional)}, with the words for a dash and an empty cell in the guide's language. */
    static String spoken(String value, Optional<String> unit, String none, String blank) {
        String v = value.strip();
        if (v.isEmpty()) {
            return blank;
        }
        if (DASH.matcher(v).matches()) {
            return none;
        }
        return unit.isPresent() && BARE_NUMBER.matcher(v).matches() ? v + " " + unit.get() : v;
    }
}
