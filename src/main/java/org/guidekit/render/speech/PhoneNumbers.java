package org.guidekit.render.speech;

import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Recognises phone and emergency numbers and says them digit by digit: "555-1234" → "5 5 5, 1 2 3 4" (groups
 * apart), "Call 911" → "Call 9, 1, 1" (a short pause between digits, so a listener hears three digits to dial and
 * never "nine hundred eleven").
 *
 * <p>Every shape of number a leaflet prints is read in its printed groups, never as a cardinal: North American
 * ("1-800-222-1222"), vanity ("1-800-MEDICARE" → "1, 8 0 0, MEDICARE": the digits apart and the letters as
 * printed, so the word is said as the word and an initialism is spelled by {@link Initialisms}, exactly what the
 * caller dials from the keypad letters), UK ("0800 123 4567", "020 7946 0958", "+44 20 7946 0958"), other
 * international numbers ("+33 1 23 45 67 89") and the UK text-relay prefix ("18001 111"). A 0 is said "zero",
 * as FreeTTS says every digit 0, so a number never mixes "oh" and "zero".
 */
final class PhoneNumbers {
    /** A North American number with area code, optionally with a leading 1: "(555) 123-4567", "1-800-555-1234". */
    static final Pattern FULL = Pattern.compile(
            "(?<![\\d/.])(?:\\+?1[-. ])?\\(?\\d{3}\\)?[-. ]\\d{3}[-. ]\\d{4}(?!\\d)");
    /** A local number: "555-1234". */
    static final Pattern LOCAL = Pattern.compile("(?<![\\d/.])\\d{3}-\\d{4}(?!\\d)");
    /** Emergency and crisis lines that are never ordinary numbers, unless a unit follows ("999 mg/dL"). */
    static final Pattern EMERGENCY = Pattern.compile("(?<![\\d/.,])(911|999|988)(?![\\d/]|[.,]\\d|\\s?(?:mg|mcg|mL|ml|mmol|g|kg|lbs?|units?|IU|cc|milli\\w+|micro\\w+|grams?|kilograms?|pounds?)\\b)");
    /**
     * 000 (Australia), 111 (NHS) and 112 (Europe) are ordinary numbers too (a blood sugar of 112); only after "call"
     * and the like are they dialled.
     */
    static final Pattern DIALLED = Pattern.compile(
            "(?i)\\b(call|dial|ring|phone|text|NHS)( or (?:call|text))? (000|111|112)(?![\\d/]|[.,]\\d)");

    /**
     * A vanity number: "1-800-MEDICARE", "1-800-QUIT-NOW", "1-888-INFO-FDA", "1-800-FDA-1088". A toll-free area
     * code (8xx) or a leading "1-" is required, and hyphens or dots between groups, so "100 MG" is never one.
     */
    static final Pattern VANITY = Pattern.compile("(?<![\\w/.-])(?:1[-.]\\(?\\d{3}\\)?|\\(?8[0-8]{2}\\)?)[-.]"
            + "(?=[A-Z0-9-]*[A-Z][A-Z0-9-]*[A-Z])[A-Z0-9]+(?:-[A-Z0-9]+){0,4}(?![\\w-])");
    /**
     * A UK number: "0800 123 4567", "020 7946 0958", "(01632) 960001", "07700900123", "+44 (0)20 7946 0958".
     * Checked for its digit count (10 or 11 after the 0) in {@link #uk}.
     */
    static final Pattern UK = Pattern.compile("(?<![\\d/.,+])(?:\\+44\\s?(?:\\(0\\)\\s?)?\\d{2,5}|\\(?0\\d{2,4}\\)?)"
            + "(?:[ -]\\d{3,7}){1,2}(?![\\d/]|[.,]\\d)|(?<![\\d/.,+])0\\d{9,10}(?![\\d/]|[.,]\\d)");
    /** Another international number: "+33 1 23 45 67 89", "+1 555 201 3399". */
    static final Pattern INTERNATIONAL = Pattern.compile(
            "(?<![\\w+])\\+\\d{1,3}(?:[ -]\\(?\\d{1,5}\\)?){2,6}(?![\\d/]|[.,]\\d)");
    /** The UK text-relay prefix before the number it is dialled with: "18001 111", "18001 then 0300 123 1234". */
    static final Pattern TEXT_RELAY = Pattern.compile(
            "(?<![\\d.,])(1800[12])(?=\\s+(?:then\\s+)?[+(\\d])(\\s+(?:then\\s+)?)?(\\d{3}(?!\\d|[/ -]\\d|[.,]\\d))?");

    /** A number to text a word to, "text POISON to 797979": keyed in digit by digit, never a cardinal. */
    static final Pattern SHORT_CODE = Pattern.compile("(?i)(\\btext\\b[^.;:\\d]{0,40}?\\bto\\s+)(\\d{4,6})(?![\\d.,/-])");

    /** A code printed with a leading 0 ("01188", "00221215/02"): never a cardinal or a fraction, digit by digit. */
    static final Pattern LEADING_ZERO = Pattern.compile("(?<![\\d.,:])0\\d{3,}(?:/\\d+)?(?![\\d:/]|[.,]\\d)");

    private PhoneNumbers() {
    }

    static List<Rewrite> rules() {
        return List.of(new Rewrite(TEXT_RELAY, m -> NumberWords.digits(m.group(1))
                        + (m.group(2) == null ? "" : "," + m.group(2))
                        + (m.group(3) == null ? "" : NumberWords.dialDigits(m.group(3)))),
                new Rewrite(VANITY, PhoneNumbers::vanity), new Rewrite(UK, PhoneNumbers::uk),
                new Rewrite(INTERNATIONAL, m -> "plus " + grouped(m)),
                new Rewrite(FULL, PhoneNumbers::grouped), new Rewrite(LOCAL, PhoneNumbers::grouped),
                new Rewrite(EMERGENCY, m -> NumberWords.dialDigits(m.group())),
                new Rewrite(DIALLED, m -> m.group(1) + (m.group(2) == null ? "" : m.group(2)) + " "
                        + NumberWords.dialDigits(m.group(3))),
                new Rewrite(SHORT_CODE, m -> m.group(1) + NumberWords.digits(m.group(2))),
                new Rewrite(LEADING_ZERO, m -> String.join(" slash ",
                        java.util.Arrays.stream(m.group().split("/")).map(PhoneNumbers::digitWords).toList())));
    }

    /** Digit groups apart, letter groups as printed: "1-800-QUIT-NOW" → "1, 8 0 0, QUIT NOW". */
    private static String vanity(MatchResult m) {
        StringBuilder sb = new StringBuilder();
        boolean lastWasWord = false;
        for (String g : m.group().split("[-.()]+")) {
            if (g.isEmpty()) {
                continue;
            }
            boolean word = !g.matches("\\d+");
            sb.append(sb.length() == 0 ? "" : word && lastWasWord ? " " : ", ")
                    .append(word ? g : NumberWords.digits(g));
            lastWasWord = word;
        }
        return sb.toString();
    }

    /** A UK number in its printed groups, "plus 4 4" first when it has the country code; else as printed. */
    private static String uk(MatchResult m) {
        String unbracketed = m.group().replace("(0)", " ");
        String digits = unbracketed.replaceAll("\\D", "");
        boolean international = m.group().startsWith("+");
        int national = international ? digits.length() - 2 : digits.length() - 1;
        if (national < 9 || national > 10) {
            return m.group();
        }
        return international ? "plus 4 4, " + grouped(unbracketed.substring(3)) : grouped(unbracketed);
    }

    /** Digits as words ("02" → "zero two"): a digit before a comma and a month was said "second". */
    private static String digitWords(String digits) {
        return String.join(" ", digits.chars().mapToObj(c -> NumberWords.cardinal(c - '0')).toList());
    }

    private static String grouped(MatchResult m) {
        return grouped(m.group());
    }

    private static String grouped(String number) {
        String[] groups = number.replaceAll("[^\\d]+", " ").trim().split(" ");
        StringBuilder sb = new StringBuilder();
        for (String g : groups) {
            sb.append(sb.length() == 0 ? "" : ", ").append(NumberWords.digits(g));
        }
        return sb.toString();
    }

}
