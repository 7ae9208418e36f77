package org.guidekit.render.speech;

import java.util.List;
import java.util.regex.MatchResult;

/**
 * Rules for numbers a voice gets wrong: dates written with slashes, fractions and ratios, temperatures, ranges,
 * percentages and ordinals. Phone numbers, clock times and amounts have their own recognisers
 * ({@link PhoneNumbers}, {@link ClockTimes}, {@link SpokenAmounts}, {@link Units}).
 */
final class SpokenNumbers {
    private SpokenNumbers() {
    }

    /**
     * Numbers FreeTTS would read digit by digit because of what stands next to them: a whole number of two or three
     * digits followed by a comma and another number ("6 to 11, 12 to 17" → "six to one one, twelve to seventeen")
     * is taken for part of a digit string. FreeTTS's number tree also reads 374 to 392 and 717 to 773 digit by
     * digit whatever stands around them ("Take 750 mg" → "seven five zero milligrams", measured over 10 to 1,100 in
     * four sentence shapes); 370 to 399 and 700 to 799 are handed over as words. Said as words, each is said as the
     * number it is. Run last.
     */
    static List<Rewrite> neighbourRules() {
        return List.of(HealthTextNormalizer.withDigits(List.of(Rewrite.of("(?<![\\d.,])(\\d{2,3})(?=,\\s+\\d)",
                        m -> NumberWords.cardinal(Integer.parseInt(m.group(1)))),
                Rewrite.of("(?<![\\d.,:/-])(3[7-9]\\d|7\\d\\d)(?!\\d|[.,:/]\\d)",
                        m -> NumberWords.cardinal(Integer.parseInt(m.group(1)))))));
    }

    static List<Rewrite> rules() {
        return List.of(Rewrite.onlyWithAny("°", List.of( // each of these needs a degree sign
                Rewrite.of("(\\d+(?:\\.\\d+)?)\\s*°\\s*([FC])\\b", m -> m.group(1) + " degrees "
                        + (m.group(2).equals("F") ? "Fahrenheit" : "Celsius")),
                Rewrite.literal("\\s*°", " degrees"))),
                HealthTextNormalizer.withDigits(List.of( // each of these needs a digit
                Rewrite.of("(?<![\\d/.])(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})(?![\\d/]|[.,]\\d)", SpokenNumbers::date),
                // A month and a year, as expiry and revision dates are printed: "03/2024" → "March 2024".
                Rewrite.of("(?<![\\d/.])(0?[1-9]|1[0-2])/((?:19|20)\\d{2})(?![\\d/]|[.,]\\d)",
                        m -> SpokenDates.monthName(Integer.parseInt(m.group(1))) + " " + m.group(2)),
                Rewrite.of("(?i)\\b(on|monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\\s+(\\d{1,2})/"
                        + "(\\d{1,2})(?![\\d/])" + NOT_A_QUANTITY, SpokenNumbers::dayOfMonth),
                Rewrite.of("\\b(\\d+) (\\d)/(\\d)\\b", m -> mixedFraction(m)),
                Rewrite.of("(?<![\\d.])(\\d+)/(\\d+)(?![\\d/])", SpokenNumbers::ratio),
                Rewrite.of("(\\d+(?:\\.\\d+)?)\\s*-\\s*(\\d+(?:\\.\\d+)?)(?![\\d-])", m -> m.group(1) + " to " + m.group(2)))),
                // A range whose first end carries a percent sign, a unit or a fraction: "50% - 75%", "2 mg - 4 mg",
                // "one half - 1 tablet" (from "½ – 1"), "1 - ½". The hyphen is silent to FreeTTS there. Not in a
                // group that needs a digit: "¼ – ½" has none once its fractions are words.
                Rewrite.onlyWithAny("-", List.of( // its hyphen
                Rewrite.of("(\\d\\s?(?:%|(?:" + RANGE_UNIT + ")\\b)|\\b(?:half|quarters?|thirds?|eighth))\\s*-\\s*(?=\\d|"
                        + FRACTION_WORDS + ")", m -> m.group(1) + " to "))),
                HealthTextNormalizer.withDigits(List.of( // each of these needs a digit
                Rewrite.of("(\\d)\\s*-\\s*(?=" + FRACTION_WORDS + ")", m -> m.group(1) + " to "),
                Rewrite.of("(\\d)\\s*%", m -> m.group(1) + " percent"),
                Rewrite.of("\\b(\\d+)(?:st|nd|rd|th)\\b", m -> NumberWords.ordinal(Integer.parseInt(m.group(1)))),
                Rewrite.of("#\\s?(\\d)", m -> "number " + m.group(1)),
                Rewrite.of("(\\d)\\s?[xX]\\s(?=a |an |per |daily|every|each)", m -> m.group(1) + " times "))));
    }

    /** Units a range may repeat on its first end ("2 mg - 4 mg"). */
    private static final String RANGE_UNIT = "mg|mcg|ug|g|kg|mL|ml|L|lbs?|oz|units?|tablets?|capsules?|puffs?|drops?"
            + "|tsp|tbsp|hours?|hrs?|days?|weeks?|years?";
    /** A fraction as the folder has written it in words. */
    private static final String FRACTION_WORDS = "(?:one|a|two|three) (?:half|quarters?|thirds?|eighth)\\b";

    /**
     * A date with slashes, month first as US guides print it ("11/14/2026"), day first when the first number cannot
     * be a month ("18/02/2022", as UK leaflets print it); a two-digit year is said in full ("12/14/15" → 2015).
     */
    private static String date(MatchResult m) {
        String year = m.group(3).length() == 2 ? (Integer.parseInt(m.group(3)) < 70 ? "20" : "19") + m.group(3)
                : m.group(3);
        boolean dayFirst = Integer.parseInt(m.group(1)) > 12 && Integer.parseInt(m.group(2)) <= 12;
        return (dayFirst ? SpokenDates.monthAndDay(m.group(2), m.group(1))
                : SpokenDates.monthAndDay(m.group(1), m.group(2))).map(said -> said + ", " + year)
                .orElse(m.group());
    }

    /**
     * What follows a fraction of something ("1/2 of a tablet", "3/4 cup"): then it is an amount, never a date.
     * "by", "from" and "until" stand before doses as often as before days, so only "on" and weekdays mark a date.
     */
    private static final String NOT_A_QUANTITY = "(?!\\s+(?:of|an?|tablets?|pills?|capsules?|cups?|glass(?:es)?|"
            + "hours?|doses?|teaspoons?|tablespoons?|inch(?:es)?|miles?|units?|ml|mg)\\b)";

    /** "on 3/4" is a day, not three quarters: month and day (US order, as the guides' dates are written). */
    private static String dayOfMonth(MatchResult m) {
        return SpokenDates.monthAndDay(m.group(2), m.group(3)).map(said -> m.group(1) + " " + said).orElse(m.group());
    }

    private static String mixedFraction(MatchResult m) {
        String f = fraction(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        return f == null ? m.group() : m.group(1) + " and " + f.replaceFirst("^one ", "a ");
    }

    private static String ratio(MatchResult m) {
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(2));
        String f = fraction(a, b);
        if (f != null) {
            return f;
        }
        if (a == 24 && b == 7) {
            return "twenty-four seven"; // "open 24/7"; digits "24 7" would be read "two four seven"
        }
        if ((b == 10 || b == 5 || b == 100) && a <= b) {
            return a + " out of " + b; // pain scales and scores
        }
        return a + " over " + b; // blood pressure and other paired readings
    }

    private static String fraction(int a, int b) {
        String key = a + "/" + b;
        return switch (key) {
            case "1/2" -> "one half";
            case "1/3" -> "one third";
            case "2/3" -> "two thirds";
            case "1/4" -> "one quarter";
            case "3/4" -> "three quarters";
            case "1/8" -> "one eighth";
            default -> null;
        };
    }
}
