package org.guidekit.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the pieces of information in printed health text that must never be split: a number with its unit, a
 * time, a phone number, a date, a temperature, "call 911", and web and e-mail addresses. The large-print handout
 * keeps each on one line (UKAAF: never split one piece of information over two lines); the patterns are those the
 * speech normaliser reads aloud, kept here so that print and speech agree on what one piece of information is.
 *
 * <p>Spans never overlap; where two patterns match overlapping text the one starting first wins, then the longer.
 * Thread-safe.
 */
public final class InformationSpans {
    /** What a span is. */
    public enum Kind {
        /** A number with its unit: "40 mg", "24/26 mg", "120/80 mmHg", "98.6 °F", "18 units". */
        QUANTITY,
        /** A clock time: "8:00 a.m.", "9 p.m.", "14:30". */
        TIME,
        /** A phone number: "555-201-3344", "(555) 201-3345", "+1 555 201 3399", "1-800-MEDICARE", "0800 123 4567". */
        PHONE,
        /** A date: "11/14/2026", "October 1, 2026", "1 October 2026". */
        DATE,
        /** A short phrase that is one instruction: "call 911". */
        PHRASE,
        /** A web address, with or without its scheme: "www.example.org/heart". */
        WEB_ADDRESS,
        /** An e-mail address. */
        EMAIL
    }

    /** One piece of information: characters {@code start} (inclusive) to {@code end} of the text. */
    public record Span(int start, int end, Kind kind) {
    }

    /**
     * One pattern, and characters one of which every match of it contains: a text with none of them is not
     * searched (most long prose has no digit, and each search is a scan of the whole text).
     */
    private record Rule(Pattern pattern, Kind kind, String needs) {
        Rule(String regex, Kind kind, String needs) {
            this(Pattern.compile(regex), kind, needs);
        }
    }

    /** What every pattern but the two addresses needs: a digit, or a fraction sign (for a QUANTITY like "½ cup"). */
    private static final String DIGITS = "0123456789½¼¾⅓⅔⅛";

    // "needs": every match of the pattern contains one of these characters (\d is ASCII 0-9 here): an e-mail
    // address its @, a web address its dot or its scheme's colon ("https://x"), every other pattern a number.
    private static final List<Rule> RULES = List.of(
            new Rule(Patterns.EMAIL, Kind.EMAIL, "@"),
            new Rule(Patterns.WEB_ADDRESS, Kind.WEB_ADDRESS, ".:"),
            new Rule(Patterns.TEXT_RELAY, Kind.PHONE, DIGITS),
            new Rule(Patterns.VANITY_PHONE, Kind.PHONE, DIGITS),
            new Rule(Patterns.UK_PHONE, Kind.PHONE, DIGITS),
            new Rule(Patterns.INTERNATIONAL_PHONE, Kind.PHONE, DIGITS),
            new Rule(Patterns.PHONE, Kind.PHONE, DIGITS),
            new Rule(Patterns.SHORT_PHONE, Kind.PHONE, DIGITS),
            new Rule(Patterns.CALL_EMERGENCY, Kind.PHRASE, DIGITS),
            new Rule(Patterns.CLOCK, Kind.TIME, DIGITS),
            new Rule(Patterns.MONTH_DAY_YEAR, Kind.DATE, DIGITS),
            new Rule(Patterns.DAY_MONTH_YEAR, Kind.DATE, DIGITS),
            new Rule(Patterns.TEMPERATURE, Kind.QUANTITY, DIGITS),
            new Rule(Patterns.QUANTITY, Kind.QUANTITY, DIGITS));

    private InformationSpans() {
    }

    /** The spans of {@code text} in order. */
    public static List<Span> find(String text) {
        List<Span> all = new ArrayList<>();
        boolean digits = containsAny(text, DIGITS);
        for (Rule r : RULES) {
            if (r.needs() == DIGITS ? !digits : !containsAny(text, r.needs())) {
                continue; // the pattern cannot match: exact, and a scan of the text saved
            }
            Matcher m = r.pattern().matcher(text);
            while (m.find()) {
                int end = trimEnd(text, m.start(), m.end());
                if (end > m.start()) {
                    all.add(new Span(m.start(), end, r.kind()));
                }
            }
        }
        all.sort(Comparator.comparingInt(Span::start).thenComparing(Comparator.comparingInt(Span::end).reversed()));
        List<Span> out = new ArrayList<>();
        int covered = 0;
        for (Span s : all) {
            if (s.start() >= covered) {
                out.add(s);
                covered = s.end();
            }
        }
        return List.copyOf(out);
    }

    private static boolean containsAny(String text, String chars) {
        for (int i = 0; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Trailing spaces never belong to a span. */
    private static int trimEnd(String text, int start, int end) {
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    /**
     * {@code text} with each space inside a piece of information (a number and its unit, a time, a phone number, a
     * date, "call 911") made a no-break space, so a browser or reading system never puts "30" at the end of a line
     * and "grams" at the start of the next. Same length as {@code text}, so offsets into it stay valid. Web and
     * e-mail addresses are left alone: they have no spaces.
     */
    public static String withNoBreakSpaces(String text) {
        if (text.indexOf(' ') < 0) {
            return text;
        }
        char[] chars = null;
        for (Span s : find(text)) {
            for (int i = s.start(); i < s.end(); i++) {
                if (text.charAt(i) == ' ') {
                    chars = chars == null ? text.toCharArray() : chars;
                    chars[i] = '\u00a0';
                }
            }
        }
        return chars == null ? text : new String(chars);
    }
}
