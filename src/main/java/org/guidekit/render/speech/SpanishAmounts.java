package org.guidekit.render.speech;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.guidekit.render.speech.SpanishNumbers.Gender;

/**
 * Amounts in Spanish health text, with what they count: "1 tableta" → "una tableta", "2,5 mL" → "dos coma cinco
 * mililitros", "½ taza" → "media taza", "¼ taza" → "un cuarto de taza", "1½ tabletas" → "una tableta y media",
 * "4-6 horas" → "de cuatro a seis horas", "38 °C" → "treinta y ocho grados", "5 %" → "cinco por ciento".
 *
 * <p>A number takes the gender of the noun or unit after it (the nouns table, else the noun's ending); a decimal
 * point and a decimal comma are read alike ("2.5" and "2,5"), and a comma or point before exactly three digits
 * groups thousands ("1.000", "1,000" → "mil"), as both Spain and US Spanish leaflets print them.
 */
final class SpanishAmounts {
    private static final Map<String, String[]> FRACTIONS = Map.ofEntries(
            Map.entry("½", new String[] {"medio", "media"}), Map.entry("1/2", new String[] {"medio", "media"}),
            Map.entry("¼", new String[] {"un cuarto"}), Map.entry("1/4", new String[] {"un cuarto"}),
            Map.entry("¾", new String[] {"tres cuartos"}), Map.entry("3/4", new String[] {"tres cuartos"}),
            Map.entry("⅓", new String[] {"un tercio"}), Map.entry("1/3", new String[] {"un tercio"}),
            Map.entry("⅔", new String[] {"dos tercios"}), Map.entry("2/3", new String[] {"dos tercios"}),
            Map.entry("⅛", new String[] {"un octavo"}), Map.entry("1/8", new String[] {"un octavo"}),
            Map.entry("⅜", new String[] {"tres octavos"}), Map.entry("3/8", new String[] {"tres octavos"}),
            Map.entry("⅝", new String[] {"cinco octavos"}), Map.entry("5/8", new String[] {"cinco octavos"}),
            Map.entry("⅞", new String[] {"siete octavos"}), Map.entry("7/8", new String[] {"siete octavos"}),
            Map.entry("⅕", new String[] {"un quinto"}));

    /** Words that follow a number without being what it counts: "1 de abril", "1 o más", "2011 la FDA". */
    private static final Set<String> NOT_COUNTED = Set.of("de", "del", "a", "al", "ante", "con", "contra", "en",
            "entre", "hacia", "hasta", "para", "por", "según", "sin", "tras", "y", "e", "o", "u", "ni", "que", "se",
            "si", "no", "lo", "la", "las", "los", "el", "le", "les", "un", "una", "unos", "unas", "mi", "mis", "su",
            "sus", "tu", "tus", "más", "menos", "cada", "es", "son", "está", "están", "fue", "era", "ha", "han", "muy",
            "como", "cuando", "donde", "durante", "después", "antes", "tan", "también", "pero", "porque", "desde",
            "veces", "coma", "cuarto", "medio", "media");

    private static final String NUMBER = "(?:[1-9]\\d{0,2}(?:[.,]\\d{3})+(?![.,]?\\d)"
            + "|[1-9]\\d{0,2}(?: \\d{3})+(?![.,]?\\d)|\\d+(?:[.,]\\d+)?)";
    private static final String FRACTION = "(?:[½¼¾⅓⅔⅛⅜⅝⅞⅕]|(?<![\\d/.,])[1-7]/[2348](?![\\d/]))";
    private static final String QUANTITY = "(?:\\d+ ?[½¼¾⅓⅔⅛⅜⅝⅞⅕]|\\d+ [1-7]/[2348](?![\\d/])|" + FRACTION + "|"
            + NUMBER + ")";
    private static final Pattern AMOUNT = Pattern.compile("(?<![\\p{L}\\d.,/])(?<a>" + QUANTITY + ")"
            + "(?:(?<sep>\\s*[-–—]\\s*|\\s+(?:a|hasta|o|u|y)\\s+)(?<b>" + QUANTITY + "))?"
            + "(?:\\s*(?<unit>" + SpanishTables.UNIT_ALTERNATION + ")(?![\\p{L}\\d])|\\s+(?<word>\\p{L}+))?");
    private static final Pattern MIXED = Pattern.compile("(\\d+) ?(.+)");
    private static final Pattern BEFORE_RANGE = Pattern.compile("(?i)(?:^|\\P{L})(?:de|desde|entre|cada)\\s*$");

    private SpanishAmounts() {
    }

    /** {@code text} with every amount said. */
    static String say(String text) {
        Matcher m = AMOUNT.matcher(text);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (m.find()) {
            out.append(text, last, m.start()).append(say(m, text.substring(0, m.start())));
            last = m.end();
        }
        return out.append(text.substring(last)).toString();
    }

    private static String say(Matcher m, String before) {
        Optional<SpanishTables.Unit> unit = Optional.ofNullable(m.group("unit")).map(SpanishTables.UNITS::get);
        String word = m.group("word");
        Optional<SpanishTables.Noun> noun = word == null ? Optional.empty() : SpanishTables.noun(word);
        Gender gender = unit.map(SpanishTables.Unit::gender).orElseGet(() -> word == null ? Gender.NONE
                : noun.map(SpanishTables.Noun::gender).orElseGet(() -> genderOf(word)));
        String a = m.group("a");
        String after = word == null ? "" : " " + word;
        if (m.group("b") != null) {
            String sep = m.group("sep").strip();
            boolean range = sep.isEmpty() || sep.equals("a") || "-–—".contains(sep);
            String prefix = range && !BEFORE_RANGE.matcher(before).find() ? "de " : "";
            String joint = sep.isEmpty() || "-–—".contains(sep) ? "a" : sep;
            return prefix + quantity(a, gender) + " " + joint + " " + quantity(m.group("b"), gender)
                    + unit.map(u -> " " + u.plural()).orElse(after);
        }
        String fraction = fraction(a);
        if (fraction != null) { // "½ taza", "¼ taza", "¼ mg", "½"
            String[] words = FRACTIONS.get(fraction);
            String said = words.length == 2 ? words[gender == Gender.FEMININE ? 1 : 0] : words[0];
            String of = words.length == 2 || word != null && word.equalsIgnoreCase("de") ? "" : " de";
            if (unit.isPresent()) {
                return said + (unit.get().gender() == Gender.NONE ? "" : of) + " " + unit.get().singular();
            }
            return word == null ? said : said + of + after;
        }
        Matcher mixed = MIXED.matcher(a);
        if (mixed.matches() && fraction(mixed.group(2)) != null) { // "1½ tabletas" → "una tableta y media"
            long whole = Long.parseLong(mixed.group(1));
            String[] words = FRACTIONS.get(fraction(mixed.group(2)));
            String part = words.length == 2 ? words[gender == Gender.FEMININE ? 1 : 0] : words[0];
            String wholeWords = SpanishNumbers.cardinal(whole, gender);
            if (unit.isPresent() && unit.get().gender() != Gender.NONE) {
                return wholeWords + " " + (whole == 1 ? unit.get().singular() : unit.get().plural()) + " y " + part;
            }
            if (noun.isPresent()) {
                return wholeWords + " " + (whole == 1 ? noun.get().singular() : noun.get().plural()) + " y " + part;
            }
            return SpanishNumbers.cardinal(whole, gender == Gender.NONE ? Gender.NONE : gender) + " y " + part
                    + unit.map(u -> " " + u.plural()).orElse(after);
        }
        boolean one = a.equals("1");
        return quantity(a, gender) + unit.map(u -> " " + (one ? u.singular() : u.plural())).orElse(after);
    }

    /** A single quantity in words: a whole number in the gender given, or a decimal. */
    private static String quantity(String q, Gender gender) {
        String fraction = fraction(q);
        if (fraction != null) {
            String[] words = FRACTIONS.get(fraction);
            return words.length == 2 ? words[gender == Gender.FEMININE ? 1 : 0] : words[0];
        }
        Matcher mixed = MIXED.matcher(q);
        if (mixed.matches() && fraction(mixed.group(2)) != null) {
            String[] words = FRACTIONS.get(fraction(mixed.group(2)));
            return SpanishNumbers.cardinal(Long.parseLong(mixed.group(1)), gender) + " y "
                    + (words.length == 2 ? words[gender == Gender.FEMININE ? 1 : 0] : words[0]);
        }
        if (q.matches("[1-9]\\d{0,2}(?:[., ]\\d{3})+")) {
            return SpanishNumbers.cardinal(Long.parseLong(q.replaceAll("[., ]", "")), gender);
        }
        int point = Math.max(q.indexOf('.'), q.indexOf(','));
        if (point > 0) {
            return SpanishNumbers.decimal(q.substring(0, point), q.substring(point + 1));
        }
        return q.length() > 12 ? SpanishNumbers.digits(q) : SpanishNumbers.cardinal(Long.parseLong(q), gender);
    }

    /** The fraction {@code q} is ("½", "1/2"), or null. */
    private static String fraction(String q) {
        String f = q.strip();
        return FRACTIONS.containsKey(f) ? f : null;
    }

    /** The gender of a noun not in the table, by its ending; a word that is not a noun counts nothing. */
    static Gender genderOf(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (NOT_COUNTED.contains(w) || w.length() == 1) {
            return Gender.NONE;
        }
        if (w.matches(".*(a|as|ción|ciones|sión|siones|dad|dades|tud|tudes)")) {
            return Gender.FEMININE;
        }
        return Gender.MASCULINE;
    }
}
