package org.guidekit.render.speech;

import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Recognises phone and emergency numbers and says them digit by digit: "555-1234" → "5 5 5, 1 2 3 4" (groups
 * apart), "Call 911" → "Call 9, 1, 1" (a short pause between digits, so a listener hears three digits to dial and
 * never "nine hundred eleven").
 */
final class PhoneNumbers {
    /** A North American number with area code, optionally with a leading 1: "(555) 123-4567", "1-800-555-1234". */
    static final Pattern FULL = Pattern.compile(
            "(?<![\\d/.])(?:\\+?1[-. ])?\\(?\\d{3}\\)?[-. ]\\d{3}[-. ]\\d{4}(?!\\d)");
    /** A local number: "555-1234". */
    static final Pattern LOCAL = Pattern.compile("(?<![\\d/.])\\d{3}-\\d{4}(?!\\d)");
    /** Emergency and crisis lines that are never ordinary numbers. */
    static final Pattern EMERGENCY = Pattern.compile("(?<![\\d/.,])(911|999|112|988)(?![\\d/]|[.,]\\d)");
    /** 000 (Australia) and 111 (NHS) are ordinary numbers too; only after "call" and the like are they dialled. */
    static final Pattern DIALLED = Pattern.compile(
            "(?i)\\b(call|dial|ring|phone|text)( or (?:call|text))? (000|111)(?![\\d/]|[.,]\\d)");

    private PhoneNumbers() {
    }

    static List<Rewrite> rules() {
        return List.of(new Rewrite(FULL, PhoneNumbers::grouped), new Rewrite(LOCAL, PhoneNumbers::grouped),
                new Rewrite(EMERGENCY, m -> NumberWords.dialDigits(m.group())),
                new Rewrite(DIALLED, m -> m.group(1) + (m.group(2) == null ? "" : m.group(2)) + " "
                        + NumberWords.dialDigits(m.group(3))));
    }

    private static String grouped(MatchResult m) {
        String[] groups = m.group().replaceAll("[^\\d]+", " ").trim().split(" ");
        StringBuilder sb = new StringBuilder();
        for (String g : groups) {
            sb.append(sb.length() == 0 ? "" : ", ").append(NumberWords.digits(g));
        }
        return sb.toString();
    }
}
