package org.guidekit.render.speech;

import java.util.LinkedHashMap;
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

    /** Number, unit, optional "/per": "250 mcg", "10mg/day", "5.5 mmol/L"; singular before what it describes. */
    static Rewrite rule() {
        String number = "(\\d+(?:[.,]\\d+)*)";
        String regex = number + "\\s?(" + alternatives(UNITS) + ")(?:/(" + alternatives(PER) + "))?(?![\\w/])"
                + "(" + DESCRIBED + ")?";
        return Rewrite.of(regex, m -> {
            String[] words = UNITS.get(m.group(2));
            boolean singular = m.group(1).equals("1") || (m.group(4) != null && m.group(3) == null);
            String spoken = m.group(1) + " " + (singular ? words[0] : words[1]);
            return m.group(3) == null ? spoken : spoken + " " + per(m.group(3));
        });
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
