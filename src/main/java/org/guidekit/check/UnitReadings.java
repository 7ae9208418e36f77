package org.guidekit.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Units written after a number and how they are said: "mg" is "milligram(s)", "mmol/L" "millimoles per liter".
 * Each unit says whether it makes its amount a dose (what a patient takes) or another measurement (a weight, a lab
 * value, a temperature). The verifier's own table, kept apart from the speech normaliser's on purpose.
 */
final class UnitReadings {
    /** What an amount with this unit is. */
    enum Kind {
        DOSE, LAB, TEMPERATURE, PERCENT, MEASURE
    }

    /** One unit: its kind, and how it is said after one and after any other amount. */
    record Unit(Kind kind, Reading one, Reading many) {
        Reading after(boolean single) {
            return single ? one : many;
        }
    }

    private static final Map<String, Unit> UNITS = new LinkedHashMap<>();

    static {
        dose("mg", "milligram");
        dose("mcg|\u00B5g|\u03BCg|ug", "microgram");
        dose("g|gm|gram|grams", "gram");
        dose("ml|mls|cc", "milliliter", "millilitre");
        dose("l", "liter", "litre");
        dose("tsp", "teaspoon");
        dose("tbsp|tbs", "tablespoon");
        dose("iu", "international unit", "i u");
        dose("units|unit", "unit");
        dose("meq", "milliequivalent");
        dose("mg/kg", "milligram per kilogram");
        dose("mg/ml", "milligram per milliliter", "milligram per millilitre", "milligram in one milliliter");
        dose("mg/5 ?ml", "milligram per five milliliters", "milligram per five millilitres",
                "milligram in five milliliters", "milligram in five millilitres");
        dose("mcg/hr|mcg/h", "microgram per hour", "microgram an hour");
        add("mmol/l", Kind.LAB, "millimole per liter", "millimole per litre");
        add("mg/dl", Kind.LAB, "milligram per deciliter", "milligram per decilitre");
        add("mmhg|mm hg", Kind.LAB, "millimeter of mercury", "millimetre of mercury");
        add("%", Kind.PERCENT, "percent", "per cent");
        add("\u00B0f|\u00B0 f|\u00BAf", Kind.TEMPERATURE, "degree fahrenheit", "fahrenheit", "degree");
        add("\u00B0c|\u00B0 c|\u00BAc", Kind.TEMPERATURE, "degree celsius", "celsius", "degree centigrade",
                "centigrade", "degree");
        add("\u00B0", Kind.TEMPERATURE, "degree");
        add("kg|kgs", Kind.MEASURE, "kilogram", "kilo");
        add("lb|lbs", Kind.MEASURE, "pound");
        add("oz", Kind.MEASURE, "ounce");
        add("fl oz", Kind.MEASURE, "fluid ounce");
        add("cm", Kind.MEASURE, "centimeter", "centimetre");
        add("mm", Kind.MEASURE, "millimeter", "millimetre");
        add("hr|hrs|h", Kind.MEASURE, "hour");
        add("min|mins", Kind.MEASURE, "minute");
        add("wk|wks", Kind.MEASURE, "week");
        add("yr|yrs", Kind.MEASURE, "year");
        add("mo|mos", Kind.MEASURE, "month");
    }

    /** Any unit, longest first, case-insensitive; it must not run on into a letter or digit. */
    static final Pattern PATTERN;

    static {
        List<String> keys = new ArrayList<>(UNITS.keySet());
        keys.sort(Comparator.comparingInt(String::length).reversed());
        PATTERN = Pattern.compile("(?i)(?:" + String.join("|", keys.stream().map(k -> "(?:" + k + ")").toList())
                + ")(?![\\p{L}\\d])");
    }

    private UnitReadings() {
    }

    /** The unit as printed ("mL", "°F", "mg/5 mL"), or null. */
    static Unit find(String printed) {
        String key = printed.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, Unit> e : UNITS.entrySet()) {
            if (key.matches(e.getKey())) {
                return e.getValue();
            }
        }
        return null;
    }

    private static void dose(String printed, String... singular) {
        add(printed, Kind.DOSE, singular);
    }

    /** Plurals are made on the first word ("milligrams per kilogram") or the last one ("degrees"). */
    private static void add(String printed, Kind kind, String... singular) {
        Reading one = Reading.of(singular);
        String[] plural = new String[singular.length];
        for (int i = 0; i < singular.length; i++) {
            plural[i] = pluralOf(singular[i]);
        }
        UNITS.put(printed, new Unit(kind, one, Reading.of(plural).or(one)));
    }

    private static String pluralOf(String words) {
        if (words.equals("fahrenheit") || words.equals("celsius") || words.equals("centigrade")
                || words.equals("i u") || words.equals("percent") || words.equals("per cent")) {
            return words;
        }
        int space = words.indexOf(' ');
        if (words.startsWith("degree") || words.startsWith("international") || words.endsWith(" of mercury")) {
            String[] w = words.split(" ");
            int at = words.startsWith("degree") ? 0 : words.endsWith(" of mercury") ? 0 : w.length - 1;
            w[at] = w[at] + "s";
            return String.join(" ", w);
        }
        return space < 0 ? words + "s" : words.substring(0, space) + "s" + words.substring(space);
    }
}
