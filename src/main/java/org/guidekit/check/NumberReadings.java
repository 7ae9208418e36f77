package org.guidekit.check;

import java.util.List;
import java.util.Map;

/**
 * How numbers are correctly said in English, written here from the rules of English and on purpose not taken from
 * the speech normaliser: the verifier must be able to disagree with it. Every method returns all the readings a
 * listener would accept ("120": "one hundred twenty", "one hundred and twenty", "a hundred twenty").
 */
final class NumberReadings {
    private static final List<String> SMALL = List.of("zero", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
            "eighteen", "nineteen");
    private static final List<String> TENS = List.of("", "", "twenty", "thirty", "forty", "fifty", "sixty",
            "seventy", "eighty", "ninety");
    private static final Map<String, String> ORDINAL_ENDINGS = Map.of("one", "first", "two", "second", "three",
            "third", "five", "fifth", "eight", "eighth", "nine", "ninth", "twelve", "twelfth");
    static final List<String> MONTHS = List.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december");
    /** The printed vulgar fractions and what they stand for. */
    static final Map<Character, int[]> VULGAR = Map.of('\u00BD', new int[] {1, 2}, '\u2153', new int[] {1, 3},
            '\u2154', new int[] {2, 3}, '\u00BC', new int[] {1, 4}, '\u00BE', new int[] {3, 4}, '\u2155',
            new int[] {1, 5}, '\u215B', new int[] {1, 8}, '\u215C', new int[] {3, 8}, '\u215D', new int[] {5, 8},
            '\u215E', new int[] {7, 8});

    private NumberReadings() {
    }

    /** One digit: "0" is "zero" or "oh". */
    static Reading digit(char d) {
        return d == '0' ? Reading.of("zero", "oh") : Reading.of(SMALL.get(d - '0'));
    }

    /** Digit by digit, as phone numbers and codes are read. */
    static Reading digits(String digits) {
        Reading r = Reading.silent();
        for (char c : digits.toCharArray()) {
            r = r.then(digit(c));
        }
        return r;
    }

    /** A whole number said as a quantity. */
    static Reading cardinal(long n) {
        if (n < 20) {
            return Reading.of(SMALL.get((int) n));
        }
        if (n < 100) {
            String tens = TENS.get((int) (n / 10));
            return n % 10 == 0 ? Reading.of(tens) : Reading.of(tens + " " + SMALL.get((int) (n % 10)));
        }
        if (n < 1000) {
            return scaled(n / 100, "hundred", n % 100);
        }
        Reading r = n < 1_000_000 ? scaled(n / 1000, "thousand", n % 1000)
                : n < 1_000_000_000 ? scaled(n / 1_000_000, "million", n % 1_000_000)
                : digits(Long.toString(n));
        if (n >= 1100 && n < 10_000 && (n / 100) % 10 != 0) {
            r = r.or(scaled(n / 100, "hundred", n % 100)); // "twelve hundred", "twenty five hundred"
        }
        return r;
    }

    /** {@code count} {@code scale} and the rest: "one hundred (and) twenty", "a thousand". */
    private static Reading scaled(long count, String scale, long rest) {
        Reading head = cardinal(count).then(scale);
        if (count == 1) {
            head = head.or(Reading.of("a " + scale));
        }
        return rest == 0 ? head : head.then(Reading.of("", "and")).then(cardinal(rest));
    }

    /** A year: "twenty twenty four", "two thousand (and) twenty four", "nineteen ninety", "twenty oh five". */
    static Reading year(int y) {
        int hi = y / 100;
        int lo = y % 100;
        if (lo == 0) {
            return cardinal(y); // "two thousand", "nineteen hundred"
        }
        Reading second = lo < 10 ? Reading.of("oh", "zero").then(cardinal(lo)) : cardinal(lo);
        return cardinal(hi).then(second).or(cardinal(y));
    }

    /** An ordinal: "first", "twenty second", "one hundredth". */
    static Reading ordinal(long n) {
        Reading r = null;
        for (String a : cardinal(n).alternatives()) {
            int space = a.lastIndexOf(' ');
            String last = a.substring(space + 1);
            String ord = ORDINAL_ENDINGS.getOrDefault(last, last.endsWith("y")
                    ? last.substring(0, last.length() - 1) + "ieth" : last + "th");
            Reading one = Reading.of(a.substring(0, space + 1) + ord);
            r = r == null ? one : r.or(one);
        }
        return r;
    }

    /** A fraction: "one half", "a half", "three quarters", "two thirds". */
    static Reading fraction(int num, int den) {
        if (den == 2) {
            return num == 1 ? Reading.of("one half", "a half", "half") : cardinal(num).then("halves");
        }
        Reading denominator = num == 1 ? ordinal(den) : plural(ordinal(den));
        if (den == 4) {
            denominator = Reading.of(num == 1 ? "quarter" : "quarters").or(denominator);
        }
        Reading r = cardinal(num).then(denominator);
        if (num == 1) {
            r = r.or(Reading.of(den == 8 ? "an" : "a").then(denominator));
        }
        return r;
    }

    private static Reading plural(Reading r) {
        return Reading.of(r.alternatives().stream().map(a -> a + "s").toArray(String[]::new));
    }

    /**
     * A number as printed: "12", "1,000", "2.5", "0.5", "07", "½", "1½", "1 1/2", "1/2". Null when it is none of
     * these.
     */
    static Reading number(String printed) {
        String p = printed.strip();
        if (p.isEmpty()) {
            return null;
        }
        char last = p.charAt(p.length() - 1);
        if (VULGAR.containsKey(last)) {
            int[] f = VULGAR.get(last);
            String whole = p.substring(0, p.length() - 1).strip().replaceAll("[-\u2011]$", "");
            return whole.isEmpty() ? fraction(f[0], f[1]) : mixed(whole, fraction(f[0], f[1]));
        }
        var m = java.util.regex.Pattern.compile("(?:(\\d+)[ \u00A0-])?(\\d{1,2})/(\\d{1,2})").matcher(p);
        if (m.matches()) {
            Reading f = fraction(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            return m.group(1) == null ? f : mixed(m.group(1), f);
        }
        if (!p.matches("\\d{1,3}(,\\d{3})+(\\.\\d+)?|\\d+(\\.\\d+)?|\\.\\d+")) {
            return null;
        }
        String digits = p.replace(",", "");
        int dot = digits.indexOf('.');
        if (dot >= 0) {
            return decimal(digits.substring(0, dot), digits.substring(dot + 1));
        }
        return integer(digits, p.contains(","));
    }

    /** A whole number written in digits. */
    static Reading integer(String digits, boolean grouped) {
        if (digits.length() > 12) {
            return digits(digits);
        }
        long n = Long.parseLong(digits);
        Reading r = cardinal(n);
        if (digits.length() > 1 && digits.charAt(0) == '0' || !grouped && digits.length() >= 5) {
            // "07" is "seven" or "oh seven"; a long number printed without commas is a code ("text 797979")
            r = r.or(digits(digits));
        }
        if (!grouped && digits.length() == 4 && n >= 1100 && n < 2100) {
            r = r.or(year((int) n));
        }
        return r;
    }

    /** "2.5": "two point five"; "0.5": also "point five", "oh point five". */
    static Reading decimal(String whole, String fraction) {
        Reading head = whole.isEmpty() ? Reading.silent() : integer(whole, false);
        if (whole.equals("0") || whole.isEmpty()) {
            head = Reading.of("zero", "oh", "", "nought");
        }
        return head.then("point").then(digits(fraction));
    }

    private static Reading mixed(String whole, Reading fraction) {
        return integer(whole, false).then("and").then(fraction);
    }
}
