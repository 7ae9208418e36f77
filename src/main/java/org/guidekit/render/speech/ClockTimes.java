package org.guidekit.render.speech;

import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Recognises clock times and says them in words: "10:30 a.m." → "ten thirty A M", "8am" → "eight A M",
 * "12 p.m." → "noon", "9-10 a.m." → "nine to ten A M", "14:05" → "fourteen oh five". FreeTTS reads "10 30" digit
 * by digit ("one zero thirty"), so hours and minutes are never left as digits.
 */
final class ClockTimes {
    /** A time of day with a.m. or p.m., optionally the end of a range: groups from/from-minutes, hour, minutes, a|p. */
    static final Pattern WITH_MERIDIEM = Pattern.compile("\\b(?:(\\d{1,2})(?::(\\d{2}))?\\s*(?:-|to)\\s*)?"
            + "(\\d{1,2})(?::(\\d{2}))?\\s?([aApP])(?:\\.\\s?[mM]\\.|\\s?[mM]\\b)(\\s*$|\\s+(?=[A-Z]))?");
    /** A time on the 24-hour clock or without a.m./p.m.: "10:05", "14:30". */
    static final Pattern TWENTY_FOUR_HOUR = Pattern.compile("\\b([01]?\\d|2[0-3]):([0-5]\\d)\\b");

    private ClockTimes() {
    }

    static List<Rewrite> rules() {
        return List.of(new Rewrite(WITH_MERIDIEM, ClockTimes::withMeridiem),
                new Rewrite(TWENTY_FOUR_HOUR, m -> words(m.group(1), m.group(2), true)));
    }

    /** A sentence end swallowed by "a.m." is given back. */
    private static String withMeridiem(MatchResult m) {
        int hour = Integer.parseInt(m.group(3));
        if (hour < 1 || hour > 12 || m.group(4) != null && Integer.parseInt(m.group(4)) > 59) {
            return m.group();
        }
        boolean am = m.group(5).equalsIgnoreCase("a");
        String end = m.group(6) == null ? "" : m.group().contains(".") ? ". " : m.group(6);
        String time;
        if (hour == 12 && (m.group(4) == null || m.group(4).equals("00")) && m.group(1) == null) {
            time = am ? "midnight" : "noon"; // "12 a.m." is misread by half of all people
        } else {
            time = words(m.group(3), m.group(4), false) + (am ? " A M" : " P M");
        }
        String from = m.group(1) == null ? "" : words(m.group(1), m.group(2), false) + " to ";
        return from + time + end;
    }

    /** "10", "30" → "ten thirty"; "9", "05" → "nine oh five"; whole hours are the hour alone or "o'clock". */
    private static String words(String hours, String minutes, boolean oclock) {
        int h = Integer.parseInt(hours);
        int min = minutes == null ? 0 : Integer.parseInt(minutes);
        String hour = NumberWords.cardinal(h);
        if (min == 0) {
            return oclock ? hour + " o'clock" : hour;
        }
        return hour + (min < 10 ? " oh " : " ") + NumberWords.cardinal(min);
    }
}
