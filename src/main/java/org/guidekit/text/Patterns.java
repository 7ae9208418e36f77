package org.guidekit.text;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The regular expressions behind {@link InformationSpans}, seeded from the speech normaliser's rules
 * ({@code render.speech.SpokenNumbers}, {@code Units}, {@code SpokenWords}) so that both agree.
 */
final class Patterns {
    private Patterns() {
    }

    /** Unit spellings after a number, longest first so that "mmHg" wins over "mm". */
    static final List<String> UNITS = List.of("mmHg", "mm Hg", "mmol", "mEq", "mcg", "ug", "µg", "mg", "kg", "g",
            "mL", "ml", "dL", "dl", "cc", "L", "lbs", "lb", "oz", "IU", "tbsp", "tsp", "cm", "mm", "km",
            "hrs", "hr", "h", "mins", "min", "secs", "sec", "wks", "wk", "yrs", "yr", "bpm", "%",
            // Words that count or measure: "2 puffs", "18 units", "5 minutes" are one piece of information too.
            "units", "unit", "tablets", "tablet", "capsules", "capsule", "pills", "pill", "puffs", "puff", "drops",
            "drop", "doses", "dose", "seconds", "second", "minutes", "minute", "hours", "hour", "days", "day",
            "weeks", "week", "months", "month", "years", "year", "pounds", "pound", "ounces", "ounce", "inches",
            "inch", "feet", "times", "glasses", "glass", "cups", "cup", "teaspoons", "teaspoon", "tablespoons",
            "tablespoon", "milligrams", "milligram", "micrograms", "microgram");

    /** What may follow a unit after a slash: "mg/day", "mmol/L". */
    private static final String PER = "(?:day|d|dose|kg|hr|h|min|week|wk|dL|dl|L|l|mL|ml)";

    private static String alternatives(List<String> words) {
        return words.stream().map(Pattern::quote).collect(Collectors.joining("|"));
    }

    /** A number: "40", "0.4", "3,000", a pair "24/26" or "120/80", a range "2-3". */
    private static final String NUMBER = "\\d+(?:[.,]\\d+){0,8}(?:[/\\-\u2013]\\d+(?:[.,]\\d+){0,8})?";

    static final String QUANTITY = "(?<![\\w.])" + NUMBER + "\\s?(?:" + alternatives(UNITS) + ")(?:/" + PER
            + ")?(?![\\w/])";

    static final String TEMPERATURE = "(?<![\\w.])\\d+(?:\\.\\d+)?\\s?°\\s?[FC]\\b";

    static final String PHONE = "(?<![\\d/.])(?:\\+?1[-. ])?\\(?\\d{3}\\)?[-. ]\\d{3}[-. ]\\d{4}(?!\\d)";

    /** A vanity number, "1-800-MEDICARE", "1-800-FDA-1088" (as render.speech.PhoneNumbers reads them). */
    static final String VANITY_PHONE = "(?<![\\w/.-])(?:1[-.]\\(?\\d{3}\\)?|\\(?8[0-8]{2}\\)?)[-.]"
            + "(?=[A-Z0-9-]*[A-Z][A-Z0-9-]*[A-Z])[A-Z0-9]+(?:-[A-Z0-9]+){0,4}(?![\\w-])";

    /** A UK number, "0800 123 4567", "+44 (0)20 7946 0958", "07700900123" (as render.speech.PhoneNumbers). */
    static final String UK_PHONE = "(?<![\\d/.,+])(?:\\+44\\s?(?:\\(0\\)\\s?)?\\d{2,5}|\\(?0\\d{2,4}\\)?)"
            + "(?:[ -]\\d{3,7}){1,2}(?![\\d/]|[.,]\\d)|(?<![\\d/.,+])0\\d{9,10}(?![\\d/]|[.,]\\d)";

    /** Another international number, "+33 1 23 45 67 89". */
    static final String INTERNATIONAL_PHONE = "(?<![\\w+])\\+\\d{1,3}(?:[ -]\\(?\\d{1,5}\\)?){2,6}(?![\\d/]|[.,]\\d)";

    /** The UK text-relay prefix with a short number, "18001 111". */
    static final String TEXT_RELAY = "(?<![\\d.,])1800[12]\\s+(?:then\\s+)?\\d{3}(?!\\d|[/ -]\\d|[.,]\\d)";

    static final String SHORT_PHONE = "(?<![\\d/.])\\d{3}-\\d{4}(?!\\d)";

    static final String CALL_EMERGENCY = "(?i)\\b(?:call|dial|ring|phone|text|NHS)(?: or (?:call|text))? "
            + "(?:911|999|112|988|000|111)(?![\\d/]|[.,]\\d)";

    /** "8:00 a.m.", "8 a.m.", "8am", "2:15 PM", "14:30". */
    static final String CLOCK = "\\b\\d{1,2}(?::\\d{2})?\\s?[aApP](?:\\.\\s?[mM]\\.|\\s?[mM]\\b)|\\b\\d{1,2}:\\d{2}\\b";

    private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)";

    static final String MONTH_DAY_YEAR = "\\b" + MONTH + " \\d{1,2}(?:st|nd|rd|th)?(?:, \\d{4})?(?!\\d)";

    static final String DAY_MONTH_YEAR = "\\b\\d{1,2} " + MONTH + "(?: \\d{4})?(?!\\d)";

    // Linear: starts only where a run of address characters starts and gives nothing back (a plain \b[\w.+-]+@ is
    // quadratic on a 100,000-character word); group repetitions are bounded, since each repeat is a stack frame.
    static final String EMAIL = "(?<![\\w.+-])[\\w.+-]++@[\\w-]+(?:\\.[\\w-]+){1,10}\\b";

    static final String WEB_ADDRESS = "(?i)\\b(?:https?://[^\\s]*[^\\s.,;:!?)\"']|(?:www\\.)?(?:[a-z0-9-]{1,63}\\.){1,10}"
            + "(?:org|com|gov|net|edu|uk|ca|au|us|info|health|nhs)\\b(?:/[^\\s]*[^\\s.,;:!?)\"'])?/?)";
}
