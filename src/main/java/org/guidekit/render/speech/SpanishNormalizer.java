package org.guidekit.render.speech;

import java.text.Normalizer;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns printed Spanish health text into the words to say: "Tome 1½ tabletas cada 4-6 horas" → "Tome una tableta
 * y media cada de cuatro a seis horas", "70 mg/dL" → "setenta miligramos por decilitro", "8:00 a.m." → "las ocho de
 * la mañana", "Llame al 911" → "Llame al nueve uno uno". Accents, "ñ", "¿…?" and "¡…!" are kept (a Spanish voice
 * reads them and the marks carry the intonation); no digit, unit abbreviation or symbol is left for the voice to
 * guess at.
 *
 * <p>Pure string rewriting in a fixed order: typography, blanks to fill in, web addresses, abbreviations, then the
 * numbers whose digits are not amounts (telephones, dates, times, ordinals, blood pressures) before amounts, then
 * units without a number and symbols. Tables are resource files ({@link SpanishTables}). Thread-safe.
 */
final class SpanishNormalizer implements SpeechNormalizer {
    static final String LANGUAGE = "es";

    private static final Pattern BLANKS = Pattern.compile("_{2,}(?:\\s*/\\s*_{2,})*");
    private static final Pattern ADDRESS = Pattern.compile("(?i)(?<![\\p{L}\\d@.])(?:https?://)?(?:www\\.)?"
            + "(?:[a-z0-9-]+\\.)+(?:gov|org|com|net|edu|es|mx|us|info|int|gob)(?![\\p{L}\\d])(?:/[^\\s)\\]]*)?");
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
    private static final Pattern ABBREVIATION = Pattern.compile("(?<![\\p{L}.])(?:"
            + SpanishTables.alternation(SpanishTables.ABBREVIATIONS.keySet()) + ")(?![\\p{L}])(?<end>\\s*$|\\s+(?=[\\p{Lu}¿¡]))?");
    /** Abbreviations that may end a sentence before a capital; titles such as "Dr." come before a name. */
    private static final java.util.Set<String> SENTENCE_ENDING = java.util.Set.of("etc.", "EE. UU.", "EE.UU.");
    /**
     * A capital word of two to four letters that cannot be read as a Spanish word: no vowel, three consonants in a
     * row or two at the end ("INR", "CHKD", "PDF"); "SIDA", "UCI" or "FDA" are left to the voice, which reads them.
     */
    private static final Pattern INITIALISM = Pattern.compile("(?<![\\p{L}\\d])(?=[A-ZÑ]{2,4}(?![\\p{L}\\d]))"
            + "(?:[B-DF-HJ-NP-TV-ZÑ]{2,4}|[A-ZÑ]*[B-DF-HJ-NP-TV-ZÑ]{3}[A-ZÑ]*|[A-ZÑ]*[B-DF-HJ-NP-TV-ZÑ]{2})"
            + "(?![\\p{L}\\d])");
    private static final Pattern NUMBER_SIGN = Pattern.compile("(?<![\\p{L}])(?:No\\.|n\\.?º|#)\\s*(?=\\d)");
    private static final Pattern ORDINAL = Pattern.compile("(?<![\\d.,])(\\d{1,2})\\.?(º|ª|o|a|er)(?![\\p{L}\\d])"
            + "(?!\\s*[CF](?![\\p{L}]))(?=(\\s+\\p{L}+)?)");
    private static final Pattern OVER = Pattern.compile("(?<![\\d/.,])(\\d{2,3})/(\\d{2,3})(?![\\d/])");
    private static final Pattern PER = Pattern.compile("(?<![\\p{L}])(" + SpanishTables.UNIT_ALTERNATION
            + ")\\s*/\\s*(?=[\\p{L}\\d])");
    private static final Pattern LETTER_DIGIT = Pattern.compile("(?<=[\\p{L}])(?=\\d)|(?<=\\d)(?=[\\p{L}])");
    private static final Pattern UNIT_ALONE = Pattern.compile("(?<![\\p{L}\\d])(?<before>\\bpor\\s+)?(?<unit>"
            + SpanishTables.UNIT_ALTERNATION + ")(?![\\p{L}\\d])");
    private static final Pattern MERIDIAN = Pattern.compile("(?<![\\p{L}])([ap])\\. ?m\\.");
    private static final Map<String, String> SYMBOLS = Map.ofEntries(Map.entry("&", " y "), Map.entry("+", " más "),
            Map.entry("=", " igual a "), Map.entry("≤", " igual o menos de "), Map.entry("≥", " igual o más de "),
            Map.entry("<", " menos de "), Map.entry(">", " más de "), Map.entry("±", " más o menos "),
            Map.entry("×", " por "), Map.entry("@", " arroba "), Map.entry("→", ", "), Map.entry("–", ", "),
            Map.entry("—", ", "), Map.entry("…", "..."), Map.entry("/", " "), Map.entry("*", " "),
            Map.entry("•", " "), Map.entry("·", " "));
    private static final Pattern SYMBOL = Pattern.compile("[&+=≤≥<>±×@→–—…/*•·]");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern NOT_SPEAKABLE = Pattern.compile("[^\\p{L}\\p{M} .,;:!?¿¡'\"()\\-]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern SPACE_BEFORE_PUNCTUATION = Pattern.compile("\\s+([.,;:!?)])");
    private static final Pattern SPACE_AFTER_OPENING = Pattern.compile("([¿¡(])\\s+");
    private static final Pattern REPEATED_PUNCTUATION = Pattern.compile("([.,;:!?])[.,;:]+");
    private static final Pattern EMPTY_BRACKETS = Pattern.compile("\\(\\s*[,.;:]?\\s*\\)");

    @Override
    public String language() {
        return LANGUAGE;
    }

    @Override
    public String normalize(String printed) {
        String s = typography(printed);
        s = BLANKS.matcher(s).replaceAll(" espacio en blanco ");
        s = EMAIL.matcher(s).replaceAll(m -> Matcher.quoteReplacement(address(m.group())));
        s = ADDRESS.matcher(s).replaceAll(m -> Matcher.quoteReplacement(address(m.group())));
        s = each(ABBREVIATION, s, SpanishNormalizer::abbreviation);
        s = NUMBER_SIGN.matcher(s).replaceAll("número ");
        s = INITIALISM.matcher(s).replaceAll(m -> Matcher.quoteReplacement(spell(m.group())));
        s = SpanishPhones.say(s);
        s = SpanishTimes.dates(s);
        s = SpanishTimes.times(s);
        s = MERIDIAN.matcher(s).replaceAll(m -> m.group(1).equals("a") ? "de la mañana" : "de la tarde");
        s = each(ORDINAL, s, SpanishNormalizer::ordinal);
        s = OVER.matcher(s).replaceAll(m -> SpanishNumbers.cardinal(Long.parseLong(m.group(1))) + " sobre "
                + SpanishNumbers.cardinal(Long.parseLong(m.group(2))));
        s = PER.matcher(s).replaceAll("$1 por ");
        s = LETTER_DIGIT.matcher(s).replaceAll(" ");
        s = SpanishAmounts.say(s);
        s = each(UNIT_ALONE, s, SpanishNormalizer::unitAlone);
        s = SYMBOL.matcher(s).replaceAll(m -> SYMBOLS.get(m.group()));
        s = DIGITS.matcher(s).replaceAll(m -> " " + SpanishNumbers.digits(m.group()) + " ");
        return tidy(s);
    }

    /**
     * Every match of {@code pattern} in {@code text} replaced by {@code said} of its matcher (which, unlike Java 17's
     * MatchResult, has named groups).
     */
    static String each(Pattern pattern, String text, java.util.function.Function<Matcher, String> said) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (m.find()) {
            out.append(text, last, m.start()).append(said.apply(m));
            last = m.end();
        }
        return out.append(text.substring(last)).toString();
    }

    /** Typographic characters folded to the ones the rules expect; accents stay (NFC). */
    private static String typography(String printed) {
        String s = Normalizer.normalize(printed, Normalizer.Form.NFC);
        s = s.replace('\u00A0', ' ').replace('\u202F', ' ').replace('\u2009', ' ').replace("\u00AD", "")
                .replace('\u2018', '\'').replace('\u2019', '\'').replace('\u201C', '"').replace('\u201D', '"')
                .replace('«', '"').replace('»', '"').replace('\u2212', '-').replace('\u2011', '-');
        // A dash between digits is a range ("2–4"), elsewhere a pause.
        return s.replaceAll("(?<=\\d)\\s*[–—]\\s*(?=\\d)", "-");
    }

    /** A web or e-mail address as it is read: "www.fda.gov/MedWatch" → "uve doble ... punto fda punto gov...". */
    private static String address(String printed) {
        String trailing = printed.replaceAll("^.*?([.,;:]*)$", "$1");
        String a = printed.substring(0, printed.length() - trailing.length()).replaceFirst("(?i)^https?://", "")
                .replaceAll("/+$", "");
        a = a.replaceFirst("(?i)^www\\.", "uve doble uve doble uve doble punto ");
        a = a.replace(".", " punto ").replace("/", " barra ").replace("-", " guion ").replace("_", " guion bajo ")
                .replace("@", " arroba ");
        a = DIGITS.matcher(a).replaceAll(m -> " " + SpanishNumbers.digits(m.group()) + " ");
        return a.strip() + trailing;
    }

    /**
     * An abbreviation's words. One that ends the text, or a sentence ("... etc. Luego"), keeps the full stop it
     * shared with the sentence; a title before a name ("Dr. García") never ends one.
     */
    private static String abbreviation(Matcher m) {
        String end = m.group("end") == null ? "" : m.group("end");
        String printed = m.group().substring(0, m.group().length() - end.length());
        String said = SpanishTables.ABBREVIATIONS.get(printed);
        boolean endsSentence = printed.endsWith(".") && m.group("end") != null
                && (end.isBlank() && m.end() == m.regionEnd() || SENTENCE_ENDING.contains(printed));
        return said + (endsSentence ? "." : "") + end;
    }

    /** "INR" → "i ene erre". */
    private static String spell(String initialism) {
        return String.join(" ", initialism.chars().mapToObj(c -> SpanishTables.LETTERS.get(Character.toString(c)))
                .toList());
    }

    /** "1.º" → "primero", "1.ª" → "primera", "1.er piso" → "primer piso", "3º día" → "tercer día". */
    private static String ordinal(Matcher m) {
        int n = Integer.parseInt(m.group(1));
        String mark = m.group(2);
        boolean feminine = mark.equals("ª") || mark.equals("a");
        SpanishNumbers.Gender gender = feminine ? SpanishNumbers.Gender.FEMININE
                : mark.equals("er") || m.group(3) != null && !SpanishAmounts.genderOf(m.group(3).strip())
                        .equals(SpanishNumbers.Gender.NONE) ? SpanishNumbers.Gender.MASCULINE
                : SpanishNumbers.Gender.NONE;
        return SpanishNumbers.ordinal(n, gender);
    }

    /** A unit without a number: plural ("en mg" → "en miligramos"), singular after "por" ("por decilitro"). */
    private static String unitAlone(Matcher m) {
        SpanishTables.Unit unit = SpanishTables.UNITS.get(m.group("unit"));
        if (m.group("before") != null) {
            return m.group("before") + unit.singular();
        }
        return unit.alone() ? unit.plural() : m.group();
    }

    private static String tidy(String said) {
        String s = NOT_SPEAKABLE.matcher(said).replaceAll(" ");
        s = SPACES.matcher(s).replaceAll(" ").strip();
        s = EMPTY_BRACKETS.matcher(s).replaceAll("");
        s = SPACE_BEFORE_PUNCTUATION.matcher(s).replaceAll("$1");
        s = SPACE_AFTER_OPENING.matcher(s).replaceAll("$1");
        s = REPEATED_PUNCTUATION.matcher(s).replaceAll("$1");
        s = SPACES.matcher(s).replaceAll(" ").strip();
        return s.replaceAll("^[.,;:!? ]+", "");
    }
}
