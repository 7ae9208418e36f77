package org.guidekit.render.speech;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.MatchResult;

/**
 * Dates and days as a person says them: "2025-04-01" → "April first, 2025", "Jan. 5" → "January fifth",
 * "Mon–Fri" → "Monday to Friday". FreeTTS reads ISO dates as a subtraction ("two thousand twenty five to four to
 * one") and abbreviations as syllables ("jan", "mon fri").
 */
final class SpokenDates {
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"};
    private static final String MONTH_ABBREVIATION = "(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)";
    private static final String WEEKDAY = "(Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)";
    private static final List<String> WEEKDAYS = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday");

    private SpokenDates() {
    }

    /** ISO dates first, before their hyphens can be read as ranges. */
    static List<Rewrite> isoRules() {
        return List.of(Rewrite.of("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b", SpokenDates::iso));
    }

    static List<Rewrite> rules() {
        // Every match starts with a month or weekday, whose first three letters the guard finds: one scan of a
        // sentence instead of five.
        return List.of(Rewrite.onlyWhere("\\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)",
                List.of(
                // "Jan. 5", "Jan 5th, 2026", "January 5": the day as an ordinal. "May 3" is left alone ("may").
                Rewrite.of("\\b" + MONTH_ABBREVIATION + "\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?![:/.]\\d)",
                        m -> month(m.group(1)) + " " + day(m.group(2))),
                Rewrite.of("\\b(January|February|March|April|June|July|August|September|October|November|December)"
                        + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?![:/.]\\d)", m -> m.group(1) + " " + day(m.group(2))),
                Rewrite.of("\\b" + MONTH_ABBREVIATION + "\\.(?=\\s+(?:\\d{4}|[a-z]))", m -> month(m.group(1))),
                // "Mon-Fri", "Mon. to Fri.": a range of weekdays.
                Rewrite.of("\\b" + WEEKDAY + "\\.?\\s*(?:-|to|through)\\s*" + WEEKDAY
                        + "\\b(?:(\\.)(?=\\s*$|\\s+[A-Z])|\\.)?", m -> weekday(m.group(1)) + " to "
                        + weekday(m.group(2)) + (m.group(3) == null ? "" : ".")),
                Rewrite.of("\\b" + WEEKDAY + "\\.(?=\\s*,|\\s+(?:\\d|[a-z]))", m -> weekday(m.group(1))))));
    }

    private static String iso(MatchResult m) {
        return monthAndDay(m.group(2), m.group(3)).map(said -> said + ", " + m.group(1))
                .orElse(m.group(1) + " " + m.group(2) + " " + m.group(3));
    }

    /** "April first" for a month and a day written as numbers; empty when they cannot be one. */
    static Optional<String> monthAndDay(String month, String day) {
        int mo = Integer.parseInt(month);
        int d = Integer.parseInt(day);
        return mo < 1 || mo > 12 || d < 1 || d > 31 ? Optional.empty()
                : Optional.of(MONTHS[mo - 1] + " " + NumberWords.ordinal(d));
    }

    /** The month's name, 1 = January. */
    static String monthName(int month) {
        return MONTHS[month - 1];
    }

    private static String day(String digits) {
        int d = Integer.parseInt(digits);
        return d >= 1 && d <= 31 ? NumberWords.ordinal(d) : digits;
    }

    private static String month(String abbreviation) {
        String a = abbreviation.toLowerCase(Locale.ROOT).substring(0, 3);
        for (String m : MONTHS) {
            if (m.toLowerCase(Locale.ROOT).startsWith(a)) {
                return m;
            }
        }
        return abbreviation;
    }

    private static String weekday(String abbreviation) {
        String a = abbreviation.toLowerCase(Locale.ROOT).substring(0, 2);
        return WEEKDAYS.stream().filter(d -> d.toLowerCase(Locale.ROOT).startsWith(a)).findFirst()
                .orElse(abbreviation);
    }
}
