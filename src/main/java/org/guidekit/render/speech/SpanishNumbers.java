package org.guidekit.render.speech;

import java.util.List;

/**
 * Spanish number words: cardinals with the gender of what they count ("un comprimido", "una tableta", "veintiún
 * días", "doscientas tabletas"), decimals ("dos coma cinco"), digits one by one, and the first ordinals.
 */
final class SpanishNumbers {
    /** The gender of what a number counts, which changes "uno" and the hundreds. */
    enum Gender {
        /** Counting, or nothing after the number: "uno", "veintiuno", "doscientos". */
        NONE,
        /** Before a masculine noun: "un", "veintiún", "doscientos". */
        MASCULINE,
        /** Before a feminine noun: "una", "veintiuna", "doscientas". */
        FEMININE
    }

    private static final List<String> UNITS = List.of("cero", "uno", "dos", "tres", "cuatro", "cinco", "seis",
            "siete", "ocho", "nueve", "diez", "once", "doce", "trece", "catorce", "quince", "dieciséis", "diecisiete",
            "dieciocho", "diecinueve", "veinte", "veintiuno", "veintidós", "veintitrés", "veinticuatro",
            "veinticinco", "veintiséis", "veintisiete", "veintiocho", "veintinueve");
    private static final List<String> TENS = List.of("", "", "veinte", "treinta", "cuarenta", "cincuenta", "sesenta",
            "setenta", "ochenta", "noventa");
    private static final List<String> HUNDREDS = List.of("", "ciento", "doscientos", "trescientos", "cuatrocientos",
            "quinientos", "seiscientos", "setecientos", "ochocientos", "novecientos");
    private static final List<String> ORDINALS = List.of("", "primero", "segundo", "tercero", "cuarto", "quinto",
            "sexto", "séptimo", "octavo", "noveno", "décimo");
    private static final long MAX = 999_999_999_999L;

    private SpanishNumbers() {
    }

    /** {@code n} in words; numbers beyond the billions (and negative ones) are read digit by digit. */
    static String cardinal(long n, Gender gender) {
        if (n < 0 || n > MAX) {
            return digits(Long.toString(Math.abs(n)));
        }
        if (n == 0) {
            return "cero";
        }
        StringBuilder s = new StringBuilder();
        long millions = n / 1_000_000;
        long thousands = n / 1000 % 1000;
        long rest = n % 1000;
        if (millions > 0) {
            // "un millón", "veintiún millones": millón is masculine whatever is counted.
            s.append(millions == 1 ? "un millón" : below1000((int) millions, Gender.MASCULINE) + " millones");
        }
        if (thousands > 0) {
            // "mil", not "un mil"; "veintiún mil" before a masculine noun or alone, "veintiuna mil" before a feminine.
            String t = thousands == 1 ? "mil" : below1000((int) thousands,
                    gender == Gender.FEMININE ? Gender.FEMININE : Gender.MASCULINE) + " mil";
            s.append(s.length() > 0 ? " " : "").append(t);
        }
        if (rest > 0) {
            s.append(s.length() > 0 ? " " : "").append(below1000((int) rest, gender));
        }
        return s.toString();
    }

    /** {@code n} counting nothing: "uno", "veintiuno". */
    static String cardinal(long n) {
        return cardinal(n, Gender.NONE);
    }

    private static String below1000(int n, Gender gender) {
        int hundreds = n / 100;
        int rest = n % 100;
        String h = "";
        if (hundreds > 0) {
            h = n == 100 ? "cien" : HUNDREDS.get(hundreds);
            if (gender == Gender.FEMININE && hundreds > 1) {
                h = h.substring(0, h.length() - 2) + "as"; // "doscientas", "quinientas"
            }
        }
        String r = rest == 0 ? "" : below100(rest, gender);
        return h.isEmpty() ? r : r.isEmpty() ? h : h + " " + r;
    }

    private static String below100(int n, Gender gender) {
        String words = n < 30 ? UNITS.get(n) : TENS.get(n / 10) + (n % 10 == 0 ? "" : " y " + UNITS.get(n % 10));
        if (words.endsWith("uno") && n != 0) {
            if (gender == Gender.MASCULINE) {
                return n == 21 ? "veintiún" : words.substring(0, words.length() - 1);
            }
            if (gender == Gender.FEMININE) {
                return words.substring(0, words.length() - 1) + "a";
            }
        }
        return words;
    }

    /**
     * A printed decimal ({@code whole} and the digits after the comma or point): "2", "5" → "dos coma cinco";
     * "0", "05" → "cero coma cero cinco". A leading zero after the comma is said, so the value is not changed.
     */
    static String decimal(String whole, String fraction) {
        StringBuilder s = new StringBuilder(cardinal(Long.parseLong(whole))).append(" coma");
        int i = 0;
        while (i < fraction.length() - 1 && fraction.charAt(i) == '0') {
            s.append(" cero");
            i++;
        }
        String rest = fraction.substring(i);
        return s.append(' ').append(rest.length() > 3 ? digits(rest) : cardinal(Long.parseLong(rest))).toString();
    }

    /** Each digit of {@code digits} as a word: "911" → "nueve uno uno". Other characters are left out. */
    static String digits(String digits) {
        StringBuilder s = new StringBuilder();
        for (char c : digits.toCharArray()) {
            if (c >= '0' && c <= '9') {
                s.append(s.length() > 0 ? " " : "").append(UNITS.get(c - '0'));
            }
        }
        return s.toString();
    }

    /**
     * The ordinal of {@code n} (1 to 10) in the gender given ("primera", "tercer" before a masculine noun), else
     * the cardinal, which is how ordinals above ten are usually said.
     */
    static String ordinal(int n, Gender gender) {
        if (n < 1 || n >= ORDINALS.size()) {
            return cardinal(n, gender);
        }
        String o = ORDINALS.get(n);
        if (gender == Gender.FEMININE) {
            return o.substring(0, o.length() - 1) + "a";
        }
        if (gender == Gender.MASCULINE && (n == 1 || n == 3)) {
            return o.substring(0, o.length() - 1); // "primer", "tercer"
        }
        return o;
    }
}
