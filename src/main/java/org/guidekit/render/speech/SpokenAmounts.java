package org.guidekit.render.speech;

import java.util.List;
import java.util.regex.MatchResult;

/**
 * Amounts FreeTTS misreads or drops: money ("$20 copay" → "20 dollar copay"; the dollar sign is silent), feet and
 * inches ("5'10"" → "5 feet 10 inches", not "five hundred ten"), ratios with a colon ("1 part bleach : 9 parts
 * water" → "... to 9 parts water"), "2+" ("2 and older", "3 or more"), a leading sign ("+3 lb" → "plus 3
 * pounds") and Roman numerals after stage, type, grade or phase ("stage III" → "stage 3", not "i i i").
 */
final class SpokenAmounts {
    private static final String ROMAN = "(IV|IX|X|V?I{1,3}|V)";

    private SpokenAmounts() {
    }

    /** Ratios, before a colon between numbers is taken for a clock time. */
    static List<Rewrite> ratioRules() {
        return List.of(
                Rewrite.of("(?i)\\b(\\d+\\s+parts?\\b[^:.;]{0,40}?)\\s*:\\s*(\\d+\\s+parts?)\\b",
                        m -> m.group(1) + " to " + m.group(2)),
                Rewrite.of("(?i)\\b(ratio(?: of)?|mix(?:ed)?|dilute(?:d)?|diluted at)\\s+(\\d+)\\s*:\\s*(\\d+)\\b",
                        m -> m.group(1) + " " + m.group(2) + " to " + m.group(3)));
    }

    static List<Rewrite> rules() {
        return List.of(
                // a numeral (I, V or X first) after a space: searched once, not a look back from every position
                Rewrite.onlyWhere("\\s[IVX]", List.of(
                Rewrite.of("(?<=\\b(?i:stage|type|grade|phase|class|level|tier|schedule)\\s)" + ROMAN
                        + "([A-Da-d])?\\b", m -> roman(m.group(1)) + (m.group(2) == null ? ""
                        : " " + m.group(2).toUpperCase(java.util.Locale.ROOT))))),
                HealthTextNormalizer.withDigits(List.of( // each of these needs a digit
                Rewrite.of("(\\b[Aa]n?\\s+)?\\$\\s?(\\d{1,3}(?:,\\d{3}){1,6}|\\d+)(?:\\.(\\d{2}))?(?=(\\s+[a-z]))?",
                        SpokenAmounts::money),
                Rewrite.of("\\b(\\d+)'\\s?(\\d{1,2})(?:\"|''|(?![\\d'\"]))", m -> feet(m.group(1)) + " "
                        + inches(m.group(2))),
                Rewrite.of("\\b(\\d+)'(?![\\w'])", m -> feet(m.group(1))),
                Rewrite.of("(?i)\\b(ages?\\s+)(\\d+)\\s?\\+", m -> m.group(1) + m.group(2) + " and older"),
                Rewrite.of("(?i)\\b(\\d+)\\s?\\+\\s?(years?|yrs?)(\\s+old)?\\b", m -> m.group(1) + " years and older"),
                Rewrite.of("\\b(\\d+)\\+(?![\\d\\w])", m -> m.group(1) + " or more"))));
    }

    /** A sign before a number ("+3 lb", "-5 °C"); after ranges, so "4 - 6" stays a range. */
    static List<Rewrite> signRules() {
        return List.of(Rewrite.of("(?<![\\w)])\\+\\s?(?=\\d)", m -> "plus "),
                Rewrite.of("(?<![\\w)/.-])-(?=\\d)", m -> "minus "));
    }

    /** "$20" → "20 dollars"; "a $20 copay" → "a 20 dollar copay"; "$4.50" → "4 dollars 50 cents". */
    private static String money(MatchResult m) {
        String lead = m.group(1) == null ? "" : m.group(1);
        String dollars = m.group(2).replace(",", "");
        String cents = m.group(3) == null || m.group(3).equals("00") ? null : m.group(3).replaceFirst("^0", "");
        boolean describes = !lead.isEmpty() && cents == null && m.group(4) != null; // "a $20 copay"
        if (dollars.equals("0") && cents != null) {
            return lead + cents + (cents.equals("1") ? " cent" : " cents");
        }
        String spoken = lead + dollars + (dollars.equals("1") || describes ? " dollar" : " dollars");
        return cents == null ? spoken : spoken + " " + cents + (cents.equals("1") ? " cent" : " cents");
    }

    private static String feet(String n) {
        return n + (n.equals("1") ? " foot" : " feet");
    }

    private static String inches(String n) {
        return n + (n.equals("1") ? " inch" : " inches");
    }

    private static String roman(String numeral) {
        return switch (numeral) {
            case "I" -> "1";
            case "II" -> "2";
            case "III" -> "3";
            case "IV" -> "4";
            case "V" -> "5";
            case "VI" -> "6";
            case "VII" -> "7";
            case "VIII" -> "8";
            case "IX" -> "9";
            default -> "10";
        };
    }
}
