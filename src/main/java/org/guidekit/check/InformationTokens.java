package org.guidekit.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.guidekit.check.InformationToken.Part;
import org.guidekit.check.InformationToken.Type;

/**
 * Finds the information in printed text (phone numbers of every shape, doses, ranges, dates, times, temperatures,
 * blood pressures, lab values, fractions, percentages, plain numbers) and how each may correctly be said. Table
 * driven ({@link NumberReadings}, {@link UnitReadings}) and written independently of the speech normaliser, so that
 * it can tell when the normaliser is wrong.
 */
final class InformationTokens {
    private static final String DASH = "[-\u2010\u2011\u2012\u2013\u2014\u2212]";
    /** Written-out web and e-mail addresses: spelled by the voice, not information to check. */
    private static final Pattern ADDRESS = Pattern.compile("\\S*(?:https?://|www\\.|@)\\S*"
            + "|[\\w.-]+\\.(?:com|org|gov|net|edu|uk|us|info)(?:/\\S*)?", Pattern.CASE_INSENSITIVE);

    private static final Pattern US_PAREN = Pattern.compile("(?:(1)[ .-]?)?\\((\\d{3})\\)\\s?(\\d{3})[-. ](\\d{4})");
    private static final Pattern US = Pattern.compile("(?:(1)([-. ]))?(\\d{3})([-.])(\\d{3})\\4(\\d{4})|"
            + "(?:(1) )?(\\d{3}) (\\d{3}) (\\d{4})");
    private static final Pattern VANITY = Pattern.compile("(?:1[-. ])?[2-9]\\d\\d-[\\p{Lu}0-9]+(?:-[\\p{Lu}0-9]+)*");
    private static final Pattern UK = Pattern.compile("0\\d{2,4}(?: \\d{3,6}){1,2}");
    private static final Pattern LOCAL = Pattern.compile("\\d{3}-\\d{4}");
    private static final Pattern RELAY = Pattern.compile("1800[12](?= )");
    /** 911 and 999 (emergency) and 988 (US crisis line) are always phone numbers; 111 and 112 after "call". */
    private static final Pattern EMERGENCY = Pattern.compile("911|999|988|111|112");
    private static final Pattern CALL_BEFORE = Pattern.compile(
            "(?i)(?:call|dial|ring|phone|text|nhs|or|18001)\\W{0,3}$");

    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})");
    private static final Pattern MONTH_YEAR = Pattern.compile("(\\d{1,2})/(\\d{4})");
    private static final Pattern CLOCK = Pattern.compile("(\\d{1,2}):(\\d{2})(?:\\s?([AaPp])\\.?\\s?[Mm]\\b\\.?)?");
    private static final Pattern HOUR = Pattern.compile("(\\d{1,2})\\s?([AaPp])\\.?[Mm]\\b\\.?");
    private static final Pattern MONEY = Pattern.compile("\\$(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d{2}))?");

    private static final Pattern PRESSURE = Pattern.compile("(\\d{2,3})/(\\d{2,3})(?![\\d/])");
    private static final Pattern MIXED = Pattern.compile("(\\d+)[ -](\\d{1,2})/(\\d{1,2})(?![\\d/])");
    private static final Pattern FRACTION = Pattern.compile("(\\d{1,2})/(\\d{1,2})(?![\\d/])");
    private static final Pattern VULGAR = Pattern.compile("(?:\\d+[ -]?)?[\u00BD\u2153\u2154\u00BC\u00BE\u2155\u215B"
            + "\u215C\u215D\u215E]");
    private static final Pattern NUMBER = Pattern.compile("(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?|\\.\\d+");
    private static final Pattern ORDINAL = Pattern.compile("(?i)(st|nd|rd|th)(?![\\p{L}\\d])");
    private static final Pattern PER = Pattern.compile("/(?=[\\d.])");
    private static final Pattern GLUED_CODE = Pattern.compile("\\p{L}{1,2}(?![\\p{L}])");
    private static final Pattern UNIT_GAP = Pattern.compile("[ \u00A0]?");
    private static final Pattern RANGE_DASH = Pattern.compile("\\s*" + DASH + "\\s*(?=[\\d.\u00BD\u2153\u2154\u00BC"
            + "\u00BE\u2155\u215B\u215C\u215D\u215E])");
    private static final Pattern DOSE_WORD = Pattern.compile("(?i)\\s+(tablets?|caps?|capsules?|pills?|puffs?|"
            + "drops?|sprays?|doses?|patch(?:es)?|teaspoons?|tablespoons?|scoops?|sachets?|inhalations?|"
            + "injections?|suppositor(?:y|ies)|lozenges?|vials?|ampoules?|spoonfuls?)(?![\\p{L}\\d])");
    private static final Pattern MONTH_BEFORE = Pattern.compile("(?i)\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|"
            + "sept|oct|nov|dec)[a-z]*\\.?\\s+$");

    private final boolean dayFirst;

    /** @param dayFirst true for British dates (15/03/2024); else 03/15/2024 unless the first number is over 12 */
    InformationTokens(boolean dayFirst) {
        this.dayFirst = dayFirst;
    }

    /** For a guide in {@code language} (BCP 47): British English reads dates day first. */
    static InformationTokens forLanguage(String language) {
        Locale l = Locale.forLanguageTag(language);
        return new InformationTokens(!l.getCountry().isEmpty() && !l.getCountry().equals("US"));
    }

    /** Every token in {@code printed}, in order, not overlapping. */
    List<InformationToken> find(String printed) {
        if (!mayStart(printed)) {
            return List.of(); // masking the addresses only takes starts away: nothing to find (most prose)
        }
        String text = masked(printed);
        List<InformationToken> found = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            boolean starts = Character.isDigit(c) || c == '(' || c == '$' || NumberReadings.VULGAR.containsKey(c);
            if (starts && boundaryBefore(text, i)) {
                InformationToken t = at(text, i);
                if (t != null) {
                    found.add(t);
                    i = t.end();
                    continue;
                }
            }
            i++;
            while (Character.isDigit(c) && i < text.length() && Character.isLetterOrDigit(text.charAt(i))) {
                i++; // the rest of "A1c" or "q4h" is no number of its own
            }
        }
        return found;
    }

    /** Whether some character of {@code text} can start a token (the test {@link #find} makes at each one). */
    private static boolean mayStart(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isDigit(c) || c == '(' || c == '$' || NumberReadings.VULGAR.containsKey(c)) {
                return true;
            }
        }
        return false;
    }

    private static String masked(String text) {
        Matcher m = ADDRESS.matcher(text);
        StringBuilder sb = new StringBuilder(text);
        while (m.find()) {
            for (int k = m.start(); k < m.end(); k++) {
                sb.setCharAt(k, ' ');
            }
        }
        return sb.toString();
    }

    private static boolean boundaryBefore(String text, int i) {
        if (i == 0) {
            return true;
        }
        char p = text.charAt(i - 1);
        if (String.valueOf(p).matches(DASH) && i > 1 && Character.isLetterOrDigit(text.charAt(i - 2))) {
            return false; // the second number of "Take1-2" or "COVID-19"
        }
        return !Character.isLetterOrDigit(p) && p != '/' && p != '.' && p != ',' && p != '_';
    }

    private static boolean boundaryAfter(String text, int end) {
        return end >= text.length() || !Character.isLetterOrDigit(text.charAt(end));
    }

    private InformationToken at(String text, int i) {
        InformationToken t = phone(text, i);
        if (t == null) {
            t = date(text, i);
        }
        if (t == null) {
            t = time(text, i);
        }
        if (t == null) {
            t = money(text, i);
        }
        if (t == null && text.charAt(i) != '(' && text.charAt(i) != '$') {
            t = amount(text, i);
        }
        return t;
    }

    // Phone numbers

    private InformationToken phone(String text, int i) {
        Matcher m = matchAt(US_PAREN, text, i);
        if (m == null) {
            m = matchAt(US, text, i);
        }
        if (m == null) {
            m = matchAt(VANITY, text, i);
            if (m != null && !vanity(m.group())) {
                m = null;
            }
        }
        if (m == null) {
            m = matchAt(UK, text, i);
            if (m != null && !m.group().replace(" ", "").matches("\\d{10,11}")) {
                m = null;
            }
        }
        if (m == null) {
            m = matchAt(LOCAL, text, i);
        }
        if (m == null) {
            m = matchAt(RELAY, text, i);
        }
        if (m == null) {
            m = matchAt(EMERGENCY, text, i);
            if (m != null && !m.group().startsWith("9") && !CALL_BEFORE.matcher(text.substring(0, i)).find()) {
                m = null;
            }
            if (m != null && matchAt(UnitReadings.PATTERN, text, skipGap(text, m.end())) != null) {
                m = null; // "999 mg" is an amount
            }
        }
        if (m == null) {
            return null;
        }
        return phoneToken(m.group(), i);
    }

    private static int skipGap(String text, int at) {
        Matcher g = matchAt(UNIT_GAP, text, at);
        return g == null ? at : g.end();
    }

    /** A vanity number has a group of two or more letters and at least seven letters and digits after the code. */
    private static boolean vanity(String printed) {
        String afterCode = printed.replaceFirst("^(?:1[-. ])?\\d{3}-", "");
        return printed.matches(".*\\p{Lu}{2,}.*") && afterCode.replaceAll("[^\\p{Lu}0-9]", "").length() >= 7;
    }

    private static InformationToken phoneToken(String printed, int start) {
        List<Part> parts = new ArrayList<>();
        Matcher g = Pattern.compile("[\\p{L}0-9]+").matcher(printed);
        boolean first = true;
        while (g.find()) {
            String group = g.group();
            boolean code = first || parts.size() == 1 && parts.get(0).printed().equals("1");
            parts.add(new Part(group, phoneGroup(group, code)));
            first = false;
        }
        return token(printed, start, Type.PHONE, "phone", parts);
    }

    /** Digit by digit; a toll-free code may be "eight hundred"; letters are spelled or said as the word. */
    private static Reading phoneGroup(String group, boolean code) {
        if (group.matches("\\p{L}+")) {
            // the voice folds accents: DÉJELO is "d e j e l o" or "dejelo"
            String lower = java.text.Normalizer.normalize(group, java.text.Normalizer.Form.NFD)
                    .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
            return Reading.of(String.join(" ", lower.split(""))).or(Reading.of(lower));
        }
        if (!group.matches("\\d+")) {
            Reading r = Reading.silent();
            for (char c : group.toLowerCase(Locale.ROOT).toCharArray()) {
                r = r.then(Character.isDigit(c) ? NumberReadings.digit(c) : Reading.of(String.valueOf(c)));
            }
            return r;
        }
        Reading r = NumberReadings.digits(group);
        if (code && group.matches("0?[1-9]00")) {
            Reading hundred = NumberReadings.digit(group.charAt(group.length() - 3)).then("hundred");
            r = r.or(group.length() == 4 ? Reading.of("oh", "zero").then(hundred) : hundred);
        }
        return r;
    }

    // Dates and times

    private InformationToken date(String text, int i) {
        Matcher m = matchAt(ISO_DATE, text, i);
        if (m != null && boundaryAfter(text, m.end())) {
            return dateToken(m.group(), i, Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), m.group(1));
        }
        m = matchAt(DATE, text, i);
        if (m != null && boundaryAfter(text, m.end())) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(2));
            boolean dayFirstHere = a > 12 || dayFirst && b <= 12;
            int day = dayFirstHere ? a : b;
            int month = dayFirstHere ? b : a;
            if (day >= 1 && day <= 31 && month >= 1 && month <= 12) {
                return dateToken(m.group(), i, day, month, m.group(3));
            }
        }
        m = matchAt(MONTH_YEAR, text, i);
        if (m != null && boundaryAfter(text, m.end())) {
            int month = Integer.parseInt(m.group(1));
            int year = Integer.parseInt(m.group(2));
            if (month >= 1 && month <= 12 && year >= 1900 && year < 2100) {
                Reading r = Reading.of(NumberReadings.MONTHS.get(month - 1)).then(Reading.of("", "of"))
                        .then(NumberReadings.year(year));
                return token(m.group(), i, Type.OTHER, "date", List.of(new Part(m.group(), r)));
            }
        }
        return null;
    }

    /** "March fifteenth twenty twenty four", "the fifteenth of March", "March the fifteenth" and so on. */
    private static InformationToken dateToken(String printed, int start, int day, int month, String year) {
        Reading monthName = Reading.of(NumberReadings.MONTHS.get(month - 1));
        Reading dayWords = NumberReadings.ordinal(day).or(NumberReadings.cardinal(day));
        Reading monthFirst = monthName.then(Reading.of("", "the")).then(dayWords);
        Reading dayFirstReading = Reading.of("", "the").then(NumberReadings.ordinal(day)).then(Reading.of("", "of"))
                .then(monthName);
        Reading y = year.length() == 2 ? NumberReadings.year(2000 + Integer.parseInt(year))
                .or(NumberReadings.integer(year, false)) : NumberReadings.year(Integer.parseInt(year));
        Reading r = monthFirst.or(dayFirstReading).then(Reading.of("", "of")).then(y);
        return token(printed, start, Type.OTHER, "date", List.of(new Part(printed, r)));
    }

    private InformationToken time(String text, int i) {
        Matcher m = matchAt(CLOCK, text, i);
        if (m != null && boundaryAfter(text, m.end()) || m != null && m.group(3) != null) {
            int h = Integer.parseInt(m.group(1));
            int min = Integer.parseInt(m.group(2));
            if (h <= 24 && min < 60) {
                return timeToken(m.group(), i, h, min, m.group(3));
            }
        }
        m = matchAt(HOUR, text, i);
        if (m != null) {
            int h = Integer.parseInt(m.group(1));
            if (h >= 1 && h <= 12) {
                return timeToken(m.group(), i, h, 0, m.group(2));
            }
        }
        return null;
    }

    private static InformationToken timeToken(String printed, int start, int h, int min, String half) {
        Reading minutes = min == 0 ? Reading.of("", "o'clock", "o clock")
                : min < 10 ? Reading.of("oh", "zero", "o").then(NumberReadings.cardinal(min))
                : NumberReadings.cardinal(min);
        Reading r;
        if (half == null) {
            r = NumberReadings.cardinal(h).then(min == 0 ? minutes.or(Reading.of("hundred", "hundred hours"))
                    : minutes);
            if (h > 12) {
                r = r.or(NumberReadings.cardinal(h - 12).then(minutes).then(pm()));
            }
        } else {
            boolean am = Character.toLowerCase(half.charAt(0)) == 'a';
            r = NumberReadings.cardinal(h).then(minutes).then(am ? am() : pm());
            if (h == 12 && min == 0) {
                r = r.or(am ? Reading.of("midnight", "twelve midnight") : Reading.of("noon", "twelve noon",
                        "midday"));
            }
        }
        String shown = printed.endsWith(".") && printed.indexOf('.') == printed.length() - 1
                ? printed.substring(0, printed.length() - 1) : printed; // the full stop of the sentence
        return new InformationToken(shown, start, start + printed.length(), Type.OTHER, "time", r,
                List.of(new Part(shown, r)));
    }

    private static Reading am() {
        return Reading.of("a m", "am", "in the morning");
    }

    private static Reading pm() {
        return Reading.of("p m", "pm", "in the afternoon", "in the evening", "at night");
    }

    private static InformationToken money(String text, int i) {
        Matcher m = matchAt(MONEY, text, i);
        if (m == null) {
            return null;
        }
        long dollars = Long.parseLong(m.group(1).replace(",", ""));
        Reading r = NumberReadings.cardinal(dollars).then(dollars == 1 ? "dollar" : "dollars");
        if (m.group(2) != null && !m.group(2).equals("00")) {
            int cents = Integer.parseInt(m.group(2));
            r = r.then(Reading.of("", "and")).then(NumberReadings.cardinal(cents))
                    .then(Reading.of(cents == 1 ? "cent" : "cents", ""))
                    .or(NumberReadings.cardinal(dollars).then(NumberReadings.cardinal(cents)));
        }
        return token(m.group(), i, Type.OTHER, "money", List.of(new Part(m.group(), r)));
    }

    // Amounts and ranges

    /** A value with its unit, as parsed. */
    private record Amount(int start, int end, String printed, Reading value, String kind,
                          UnitReadings.Unit unit, String unitPrinted, boolean single, String number) {
        Reading reading() {
            return unit == null ? value : value.then(unit.after(single));
        }
    }

    private InformationToken amount(String text, int i) {
        Amount first = value(text, i);
        if (first == null) {
            return null;
        }
        Matcher per = matchAt(PER, text, first.end());
        if (per != null && first.unit() != null) {
            Amount of = value(text, per.end());
            if (of != null && of.unit() != null) {
                // "50 mg/1.25 mL": so much in so much
                Reading joiner = Reading.of("per", "in", "in every");
                List<Part> parts = new ArrayList<>(amountParts(first));
                parts.add(new Part("/", joiner));
                parts.addAll(amountParts(of));
                Reading whole = first.reading().then(joiner).then(of.reading());
                Type type = isDose(first) ? Type.DOSE : Type.OTHER;
                return new InformationToken(text.substring(i, of.end()), i, of.end(), type,
                        type == Type.DOSE ? "dose" : first.kind(), whole, parts);
            }
        }
        Amount second = null;
        Matcher dash = matchAt(RANGE_DASH, text, first.end());
        if (dash != null) {
            second = value(text, dash.end());
        }
        int end = second == null ? first.end() : second.end();
        List<Part> parts = new ArrayList<>();
        Reading whole;
        String kind;
        if (second == null) {
            parts.addAll(amountParts(first));
            whole = first.reading();
            kind = first.kind();
        } else {
            parts.addAll(amountParts(first));
            String dashText = text.substring(first.end(), dash.end());
            Reading joiner = Reading.of("to");
            if (first.number() != null && second.number() != null && first.number().matches("\\d+")
                    && second.number().matches("\\d+")) {
                long a = Long.parseLong(first.number());
                long b = Long.parseLong(second.number());
                if (b == a + 1) {
                    joiner = joiner.or(Reading.of("or"));
                } else if (a == b) {
                    joiner = joiner.or(Reading.silent()); // the name of a rule, "15-15"
                }
            }
            parts.add(new Part(dashText, joiner));
            parts.addAll(amountParts(second));
            whole = first.reading().then(joiner).then(second.reading());
            if (first.unit() == null && second.unit() != null) {
                // the unit may be said with each value: "three milligrams to five milligrams"
                whole = whole.or(first.value().then(second.unit().many()).then(joiner).then(second.reading()));
            }
            kind = second.unit() != null ? second.kind() : first.kind().equals("number") ? "range" : first.kind();
        }
        Type type = isDose(first) || second != null && isDose(second) ? Type.DOSE : Type.OTHER;
        Matcher word = matchAt(DOSE_WORD, text, end);
        if (word != null && (type == Type.DOSE || first.unit() == null && (second == null || second.unit() == null))) {
            String w = word.group(1).toLowerCase(Locale.ROOT);
            Reading said = Reading.of(w).or(Reading.of(w.endsWith("ches") ? w.substring(0, w.length() - 2)
                    : w.endsWith("s") ? w.substring(0, w.length() - 1) : w.endsWith("ch") ? w + "es" : w + "s"));
            if (w.startsWith("cap") && w.length() <= 4) {
                said = Reading.of("capsule", "capsules", w);
            }
            parts.add(new Part(word.group(1), said));
            whole = whole.then(said);
            end = word.end();
            type = Type.DOSE;
        }
        if (type == Type.DOSE) {
            kind = "dose";
        }
        return new InformationToken(text.substring(i, end), i, end, type, kind, whole, parts);
    }

    private static boolean isDose(Amount a) {
        return a.unit() != null && a.unit().kind() == UnitReadings.Kind.DOSE;
    }

    private static List<Part> amountParts(Amount a) {
        if (a.unit() == null) {
            return List.of(new Part(a.printed(), a.value()));
        }
        return List.of(new Part(a.number() == null ? a.printed() : a.number(), a.value()),
                new Part(a.unitPrinted(), a.unit().after(a.single())));
    }

    /** One value at {@code i}: a blood pressure, fraction, number or ordinal, and the unit after it. */
    private Amount value(String text, int i) {
        Matcher m = matchAt(PRESSURE, text, i);
        if (m != null) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(2));
            if (a >= 60 && a <= 260 && b >= 30 && b <= 160 && a > b) {
                Reading r = pressure(a).then("over").then(NumberReadings.cardinal(b));
                return withUnit(text, i, m.end(), r, "blood pressure", false, null);
            }
        }
        m = matchAt(MIXED, text, i);
        if (m != null && properFraction(m.group(2), m.group(3))) {
            return withUnit(text, i, m.end(), NumberReadings.number(m.group()), "fraction", false, null);
        }
        m = matchAt(FRACTION, text, i);
        if (m != null && properFraction(m.group(1), m.group(2))) {
            return withUnit(text, i, m.end(), NumberReadings.number(m.group()), "fraction", true, null);
        }
        m = matchAt(VULGAR, text, i);
        if (m != null) {
            boolean belowOne = !Character.isDigit(m.group().charAt(0));
            return withUnit(text, i, m.end(), NumberReadings.number(m.group()), "fraction", belowOne, null);
        }
        m = matchAt(NUMBER, text, i);
        if (m == null) {
            return null;
        }
        String n = m.group();
        Matcher ord = matchAt(ORDINAL, text, m.end());
        if (ord != null && n.matches("\\d+")) {
            return new Amount(i, ord.end(), text.substring(i, ord.end()), NumberReadings.ordinal(Long.parseLong(n)),
                    "ordinal", null, null, false, null);
        }
        if (matchAt(GLUED_CODE, text, m.end()) != null && matchAt(UnitReadings.PATTERN, text, m.end()) == null) {
            return null; // "300aa-26", "3x": a code or shorthand, not a number said alone
        }
        Reading r = NumberReadings.number(n);
        if (n.matches("\\d{1,2}") && MONTH_BEFORE.matcher(text.substring(0, i)).find()) {
            r = r.or(NumberReadings.ordinal(Long.parseLong(n))); // "March 15" may be "March fifteenth"
        }
        String kind = n.contains(".") ? "decimal" : "number";
        return withUnit(text, i, m.end(), r, kind, n.equals("1"), n.replace(",", "").matches("\\d+")
                ? n.replace(",", "") : n);
    }

    /** "120" in a blood pressure may also be "one twenty". */
    private static Reading pressure(int systolic) {
        Reading r = NumberReadings.cardinal(systolic);
        if (systolic >= 110 && systolic < 200 && systolic % 100 >= 10) {
            r = r.or(NumberReadings.cardinal(systolic / 100).then(NumberReadings.cardinal(systolic % 100)));
        }
        return r;
    }

    private static boolean properFraction(String num, String den) {
        int n = Integer.parseInt(num);
        int d = Integer.parseInt(den);
        return n >= 1 && d >= 2 && d <= 16 && n < d;
    }

    private static Amount withUnit(String text, int start, int end, Reading value, String kind, boolean single,
                                   String number) {
        int at = skipGap(text, end);
        Matcher u = matchAt(UnitReadings.PATTERN, text, at);
        if (u == null || u.end() == end) {
            return new Amount(start, end, text.substring(start, end), value, kind, null, null, single, number);
        }
        UnitReadings.Unit unit = UnitReadings.find(u.group());
        String unitKind = switch (unit.kind()) {
            case DOSE -> "dose";
            case LAB -> kind.equals("blood pressure") ? kind : "lab value";
            case TEMPERATURE -> "temperature";
            case PERCENT -> "percent";
            case MEASURE -> "measure";
        };
        return new Amount(start, u.end(), text.substring(start, u.end()), value, unitKind, unit, u.group(), single,
                text.substring(start, end));
    }

    private static InformationToken token(String printed, int start, Type type, String kind, List<Part> parts) {
        Reading whole = Reading.silent();
        for (Part p : parts) {
            whole = whole.then(p.reading());
        }
        if (parts.size() == 1) {
            whole = parts.get(0).reading();
        }
        return new InformationToken(printed, start, start + printed.length(), type, kind, whole, parts);
    }

    private static Matcher matchAt(Pattern p, String text, int i) {
        if (i > text.length()) {
            return null;
        }
        Matcher m = p.matcher(text).region(i, text.length());
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        return m.lookingAt() ? m : null;
    }
}
