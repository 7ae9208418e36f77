package org.guidekit.render.speech;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Measurement units after numbers, said in words: FreeTTS spells "10 mg" as "ten m g". */
final class Units {
    /** Unit as printed → singular and plural words. Order matters: longer spellings first. */
    private static final Map<String, String[]> UNITS = new LinkedHashMap<>();
    /** What follows a slash after a unit: "mg/day" → "milligrams a day". */
    private static final Map<String, String> PER = new LinkedHashMap<>();

    static {
        unit("mmHg|mm Hg", "millimeter of mercury", "millimeters of mercury");
        unit("mmol", "millimole", "millimoles");
        unit("mcg|ug", "microgram", "micrograms");
        unit("mg", "milligram", "milligrams");
        unit("kg", "kilogram", "kilograms");
        unit("g", "gram", "grams");
        unit("mL|ml", "milliliter", "milliliters");
        unit("dL|dl", "deciliter", "deciliters");
        unit("cc", "c c", "c c");
        unit("L", "liter", "liters");
        unit("lbs|lb", "pound", "pounds");
        unit("oz", "ounce", "ounces");
        unit("IU", "international unit", "international units");
        unit("tbsp", "tablespoon", "tablespoons");
        unit("tsp", "teaspoon", "teaspoons");
        unit("cm", "centimeter", "centimeters");
        unit("mm", "millimeter", "millimeters");
        unit("km", "kilometer", "kilometers");
        unit("hrs|hr|h", "hour", "hours");
        unit("mins|min", "minute", "minutes");
        unit("secs|sec", "second", "seconds");
        unit("wks|wk", "week", "weeks");
        unit("yrs|yr", "year", "years");
        unit("mos|mo", "month", "months");
        unit("bpm", "beat a minute", "beats a minute");
        PER.put("day|d", "a day");
        PER.put("dose", "a dose");
        PER.put("kg", "per kilogram");
        PER.put("hr|h", "an hour");
        PER.put("min", "a minute");
        PER.put("week|wk", "a week");
        PER.put("dL|dl", "per deciliter");
        PER.put("L|l", "per liter");
        PER.put("mL|ml", "per milliliter");
    }

    private Units() {
    }

    private static void unit(String spellings, String one, String many) {
        for (String s : spellings.split("\\|")) {
            UNITS.put(s, new String[] {one, many});
        }
    }

    private static String alternatives(Map<String, ?> map) {
        return map.keySet().stream().flatMap(k -> java.util.Arrays.stream(k.split("\\|")))
                .map(java.util.regex.Pattern::quote).collect(Collectors.joining("|"));
    }

    /** What a strength describes: "a 10 mg tablet" is said "a 10 milligram tablet", as a pharmacist would. */
    private static final String DESCRIBED = "(?=\\s+(?:tablet|capsule|pill|dose|patch|injection|vial|syringe|pen"
            + "|bottle|sachet|pack|bag|suppository|inhaler)(?:s|es)?\\b)";

    /** Units a column header names in brackets: "Weight (lbs)" → "Weight in pounds". */
    private static final String HEADER_UNITS = "mmHg|mmol/L|mg/dL|mcg|mg|kg|mL|ml|lbs|lb|oz|tsp|tbsp|cm|mm|IU";

    /**
     * A strength per volume, "120 mg/5 ml" → "120 mg per 5 ml" (then said in words), and a unit named in brackets
     * without a number, "Dose (mL)" → "Dose in milliliters". FreeTTS says "m g slash five" and "m l".
     */
    static List<Rewrite> perAmountRules() {
        String number = "(\\d+(?:[.,]\\d+){0,3})";
        String unit = "(" + alternatives(UNITS) + ")";
        // Each guard finds what every match of its rule contains: a digit, a fraction word, a bracket.
        return List.of(HealthTextNormalizer.withDigits(List.of(
                Rewrite.of(number + "\\s?" + unit + "\\s?/\\s?" + number + "\\s?" + unit + "(?![\\w/])",
                        m -> m.group(1) + " " + m.group(2) + " per " + m.group(3) + " " + m.group(4)))),
                // A unit after a fraction in words ("1½ tsp" is "1 and a half tsp" by now): plural after a whole
                // number, singular after a fraction alone ("one half teaspoon").
                Rewrite.onlyWhere("half|quarter|third|eighth", List.of(
                Rewrite.of("\\b(\\d+ and an? (?:half|quarter|third)|(?:one|a|two|three) (?:half|quarters?|thirds?|eighth))"
                        + "\\s+" + unit + "(?![\\w/])(?:\\.(?=\\s+[a-z0-9(]))?", m -> m.group(1) + " "
                        + UNITS.get(m.group(2))[m.group(1).contains(" and ") ? 1 : 0]))),
                Rewrite.onlyWithAny("(", List.of(
                Rewrite.of("\\s*\\(\\s*(" + HEADER_UNITS + ")\\s*\\)", m -> " in " + inWords(m.group(1))))));
    }

    private static String inWords(String printed) {
        return switch (printed) {
            case "mmol/L" -> "millimoles per liter";
            case "mg/dL" -> "milligrams per deciliter";
            default -> UNITS.get(printed)[1];
        };
    }

    /** Number, unit, optional "/per": "250 mcg", "10mg/day", "5.5 mmol/L"; singular before what it describes. */
    static Rewrite rule() {
        String number = "(\\d+(?:[.,]\\d+){0,8})"; // bounded: a repeated group recurses once per repeat
        // "8 oz. of water": the abbreviation's period is no sentence end before a lower-case word.
        String regex = number + "\\s?(" + alternatives(UNITS) + ")(?:/(" + alternatives(PER) + "))?(?![\\w/])"
                + "(?:\\.(?=\\s+[a-z0-9(]))?(" + DESCRIBED + ")?";
        return Rewrite.of(regex, m -> {
            String[] words = UNITS.get(m.group(2));
            boolean singular = m.group(1).equals("1") || (m.group(4) != null && m.group(3) == null);
            String spoken = m.group(1) + " " + (singular ? words[0] : words[1]);
            return m.group(3) == null ? spoken : spoken + " " + per(m.group(3));
        });
    }

    /** Time periods and what a rate is counted in, after a slash: "2 times/day" → "2 times a day". */
    private static final Map<String, String> RATE = new LinkedHashMap<>();

    static {
        RATE.put("day|d", "a day");
        RATE.put("week|wk", "a week");
        RATE.put("month|mo", "a month");
        RATE.put("year|yr", "a year");
        RATE.put("hour|hr|h", "an hour");
        RATE.put("night", "a night");
        RATE.put("minute|min", "a minute");
        RATE.put("dose", "per dose");
        RATE.put("meal", "per meal");
        RATE.put("serving", "per serving");
    }

    /**
     * Rates written with a slash after a word ("times/day", "1 tablet/dose", "3x/week") and units without a number
     * ("every yr"), which FreeTTS reads as "times or day" and "y r".
     */
    static List<Rewrite> rateRules() {
        // Each guard finds what every match of its rules contains: a digit, a slash, a space and a unit.
        return List.of(HealthTextNormalizer.withDigits(List.of(
                Rewrite.of("(\\d)\\s?[xX]\\s?(?=/\\s?(?:" + alternatives(RATE) + ")\\b)", m -> m.group(1) + " times"))),
                Rewrite.onlyWithAny("/", List.of(
                Rewrite.of("(?<=[A-Za-z0-9])\\s?/\\s?(" + alternatives(RATE) + ")\\b", m -> " " + lookup(RATE,
                        m.group(1))))),
                Rewrite.onlyWhere("(?i)\\s(?:yr|wk|mo|hr|min|sec)", List.of(
                Rewrite.of("(?i)\\b(every|per|a|an|each|one|this|next|last)\\s+(yrs?|wks?|mos?|hrs?|mins?|secs?)\\b"
                        + "(?:\\.(?=\\s+[a-z0-9]))?", m -> m.group(1) + " " + bare(m.group(2))))));
    }

    private static String bare(String abbreviation) {
        String a = abbreviation.toLowerCase(java.util.Locale.ROOT).replaceFirst("s$", "");
        String word = switch (a) {
            case "yr" -> "year";
            case "wk" -> "week";
            case "mo" -> "month";
            case "hr" -> "hour";
            case "min" -> "minute";
            default -> "second";
        };
        return abbreviation.endsWith("s") ? word + "s" : word;
    }

    private static String lookup(Map<String, String> map, String key) {
        for (Map.Entry<String, String> e : map.entrySet()) {
            for (String s : e.getKey().split("\\|")) {
                if (s.equals(key)) {
                    return e.getValue();
                }
            }
        }
        return "per " + key;
    }

    private static String per(String denominator) {
        for (Map.Entry<String, String> e : PER.entrySet()) {
            for (String s : e.getKey().split("\\|")) {
                if (s.equals(denominator)) {
                    return e.getValue();
                }
            }
        }
        return "per " + denominator;
    }
}
