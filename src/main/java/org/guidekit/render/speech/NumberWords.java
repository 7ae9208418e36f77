package org.guidekit.render.speech;

/** Ordinal words ("21st" → "twenty first"); FreeTTS reads "21st" as "twenty one s t". */
final class NumberWords {
    private static final String[] ONES = {"", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
        "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
    private static final String[] ONES_ORDINAL = {"", "first", "second", "third", "fourth", "fifth", "sixth",
        "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
        "sixteenth", "seventeenth", "eighteenth", "nineteenth"};
    private static final String[] TENS = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
        "ninety"};

    private NumberWords() {
    }

    /** The ordinal of {@code n} in words for 1 to 999; larger numbers fall back to "number n". */
    static String ordinal(int n) {
        if (n <= 0 || n > 999) {
            return "number " + n;
        }
        if (n >= 100) {
            int rest = n % 100;
            String hundreds = ONES[n / 100] + " hundred";
            return rest == 0 ? hundreds + "th" : hundreds + " " + ordinal(rest);
        }
        if (n < 20) {
            return ONES_ORDINAL[n];
        }
        int unit = n % 10;
        if (unit == 0) {
            return TENS[n / 10].replaceAll("y$", "ieth");
        }
        return TENS[n / 10] + " " + ONES_ORDINAL[unit];
    }

    /** The cardinal of {@code n} in words for 0 to 999 ("twelve", "forty five"); larger numbers stay digits. */
    static String cardinal(int n) {
        if (n < 0 || n > 999) {
            return String.valueOf(n);
        }
        if (n == 0) {
            return "zero";
        }
        if (n >= 100) {
            int rest = n % 100;
            return ONES[n / 100] + " hundred" + (rest == 0 ? "" : " " + cardinal(rest));
        }
        if (n < 20) {
            return ONES[n];
        }
        return TENS[n / 10] + (n % 10 == 0 ? "" : " " + ONES[n % 10]);
    }

    /**
     * Each digit of an emergency number as its own word-number with a short pause between, "911" → "9, 1, 1", so
     * a listener hears three digits to dial, never "nine hundred eleven".
     */
    static String dialDigits(String number) {
        return String.join(", ", number.replaceAll("\\D", "").split(""));
    }

    /** Each digit as its own word-number, "911" → "9 1 1", so the voice never says "nine hundred eleven". */
    static String digits(String number) {
        return String.join(" ", number.replaceAll("\\D", "").split(""));
    }
}
