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

    /**
     * Unit spellings after a number (tried longest first); matched in any case ("5 ML",
     * "2 TABLETS"). The set a real leaflet uses: metric and household measures, counts of doses and forms, spans of
     * time, in English and in Spanish (the guides' two languages).
     */
    static final List<String> UNITS = List.of("mmHg", "mm Hg", "mmol", "mEq", "mcg", "ug", "µg", "mg", "kg",
            "g", "mL", "ml", "mls", "dL", "cc", "L", "lbs.", "lbs", "lb.", "lb", "fl oz", "oz.", "oz", "IU",
            "tbsp.", "tbsp", "tsp.", "tsp", "cm", "mm", "km", "kcal", "hrs", "hr", "h", "mins", "min", "secs", "sec",
            "wks", "wk", "yrs", "yr", "bpm", "%",
            // Words that count or measure: "2 puffs", "18 units", "5 minutes" are one piece of information too.
            "units", "unit", "tablets", "tablet", "tablet(s)", "capsules", "capsule", "capsule(s)", "caplets",
            "caplet", "pills", "pill", "puffs", "puff", "sprays", "spray", "drops", "drop", "doses", "dose",
            "sachets", "sachet", "lozenges", "lozenge", "patches", "patch", "suppositories", "suppository",
            "inhalations", "inhalation", "injections", "injection", "vials", "vial", "ampoules", "ampoule",
            "applications", "application", "scoops", "scoop", "chewables", "gummies", "gummy", "seconds", "second",
            "minutes", "minute", "hours", "hour", "nights", "night", "days", "day", "weeks", "week", "months",
            "month", "years", "year", "pounds", "pound", "ounces", "ounce", "inches", "inch", "feet", "foot", "times",
            "glasses", "glass", "cups", "cup", "teaspoons", "teaspoonfuls", "teaspoonful", "teaspoon", "tablespoons",
            "tablespoon", "spoonfuls", "spoonful", "milligrams", "milligram", "micrograms", "microgram", "grams",
            "gram", "kilograms", "kilogram", "milliliters", "millilitres", "milliliter", "millilitre", "liters",
            "litres", "liter", "litre", "calories", "kilos", "stone", "degrees", "servings", "serving", "portions",
            // Spanish
            "tabletas", "tableta", "comprimidos", "comprimido", "cápsulas", "cápsula", "pastillas", "pastilla",
            "gotas", "gota", "inhalaciones", "inhalación", "dosis", "cucharaditas", "cucharadita", "cucharadas",
            "cucharada", "tazas", "taza", "vasos", "vaso", "gramos", "miligramos", "mililitros", "microgramos",
            "unidades", "unidad", "segundos", "minutos", "minuto", "horas", "hora", "días", "día", "semanas",
            "semana", "meses", "mes", "años", "año", "veces", "libras", "libra", "onzas", "onza", "kilos", "grados");

    /** What may follow a unit after a slash: "mg/day", "mmol/L", "mg/5 mL", "mmol/mol". */
    private static final String PER = "(?:\\d+(?:[.,]\\d+)?\\s?)?(?i:day|d|dose|kg|hr|h|min|week|wk|dL|dl|L|l|mL|ml|mol|"
            + "tsp|tablet|m2|m²|día|dosis)";

    private static String alternatives(List<String> words) {
        // Longest first, so that "tablet(s)" wins over "tablet" and "mmHg" over "mm".
        return words.stream().sorted(java.util.Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).collect(Collectors.joining("|"));
    }

    /** A number: "40", "0.4", "3,000", "1½", "½", a pair "24/26" or "120/80", a range "2-3". */
    private static final String NUMBER = "(?:\\d+(?:[.,]\\d+){0,8}[½¼¾⅓⅔⅛]?|[½¼¾⅓⅔⅛])"
            + "(?:[/\\-\u2013](?:\\d+(?:[.,]\\d+){0,8}[½¼¾⅓⅔⅛]?|[½¼¾⅓⅔⅛]))?";

    static final String QUANTITY = "(?<![\\w.])" + NUMBER + "\\s?(?i:" + alternatives(UNITS) + ")(?:/" + PER
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
