package org.guidekit.render.speech;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Telephone numbers in Spanish, digit by digit in their printed groups: "91 562 04 20" → "nueve uno, cinco seis
 * dos, cero cuatro, dos cero"; "1-800-222-1222" and "(757) 668-7000" likewise; a Spanish number printed without
 * spaces ("912345678") in threes; "1-855-DÉJELO-YA" keeps its words. Emergency numbers ("llame al 911") digit by
 * digit, where a call is meant rather than an amount.
 */
final class SpanishPhones {
    private static final Pattern GROUPED = Pattern.compile("(?<![\\d\\p{L}.,])(?:\\+\\d{1,3}[ .-]?)?"
            + "(?:\\(\\d{2,4}\\) ?)?\\d{1,4}(?:[ .-](?:\\d{2,4}|\\p{Lu}{2,}))+(?![\\d\\p{L}]|[.,]\\d)");
    private static final Pattern UNBROKEN = Pattern.compile("(?<![\\d.,])(?:[6789]\\d{8}|1?[2-9]\\d{9})(?![\\d]|[.,]\\d)");
    /** A local number, "555-1234": a range too ("de quinientos..."), so a phone only after a word for calling. */
    private static final Pattern LOCAL = Pattern.compile("(?<![\\d.,-])\\d{3}-\\d{4}(?![\\d]|[.,]\\d)");
    private static final Pattern SERVICE = Pattern.compile("(?<![\\d.,])(?<num>"
            + String.join("|", SpanishTables.SERVICE_NUMBERS) + ")(?![\\d]|[.,]\\d)");
    /** Words before a number that say a call is meant. */
    private static final Pattern CALL_BEFORE = Pattern.compile("(?iu)(?:\\bal|\\bel|llam\\p{L}*|marc\\p{L}*|"
            + "tel[ée]fono|\\bo|\\bu|\\()\\s*$");
    /** What may follow a service number: nothing, punctuation, or a word that is not what a number counts. */
    private static final Pattern CALL_AFTER = Pattern.compile("\\s*(?:$|[.,;:!?)]|\\s(?:o|u|y|si|de|para|ahora|"
            + "inmediatamente|enseguida|en seguida)\\b)");

    private SpanishPhones() {
    }

    /** {@code text} with its telephone numbers said. */
    static String say(String text) {
        String s = GROUPED.matcher(text).replaceAll(m -> Matcher.quoteReplacement(grouped(m.group())));
        s = UNBROKEN.matcher(s).replaceAll(m -> Matcher.quoteReplacement(unbroken(m.group())));
        s = afterCall(LOCAL, s, false);
        return afterCall(SERVICE, s, true);
    }

    /**
     * Each match of {@code number} said digit by digit in its groups where a call is meant: after a word for
     * calling ("al", "llame", "teléfono"), or with {@code orBefore} also before the end of a clause ("911.").
     */
    private static String afterCall(Pattern number, String s, boolean orBefore) {
        Matcher m = number.matcher(s);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (m.find()) {
            boolean call = CALL_BEFORE.matcher(s.substring(0, m.start())).find()
                    || orBefore && CALL_AFTER.matcher(s).region(m.end(), s.length()).lookingAt();
            out.append(s, last, m.start()).append(call ? groups(m.group()) : m.group());
            last = m.end();
        }
        return out.append(s.substring(last)).toString();
    }

    private static String grouped(String printed) {
        long digits = printed.chars().filter(Character::isDigit).count();
        boolean words = printed.chars().anyMatch(Character::isLetter);
        if (digits < 9 && !(words && digits >= 4)) {
            return printed; // "12-17", "1 000 000": amounts, not a telephone number
        }
        return groups(printed);
    }

    /** The digits of each printed group, the groups apart: "555-1234" → "cinco cinco cinco, uno dos tres cuatro". */
    private static String groups(String printed) {
        List<String> groups = new ArrayList<>();
        for (String g : printed.split("[ .()-]+")) {
            if (g.isEmpty()) {
                continue;
            }
            if (g.startsWith("+")) {
                groups.add("más " + SpanishNumbers.digits(g));
            } else if (Character.isDigit(g.charAt(0))) {
                groups.add(SpanishNumbers.digits(g));
            } else {
                groups.add(g.toLowerCase(Locale.ROOT));
            }
        }
        return String.join(", ", groups);
    }

    /** "912345678" in threes; a US number "8553353569" as 3, 3 and 4, after its "1". */
    private static String unbroken(String printed) {
        List<String> groups = new ArrayList<>();
        String rest = printed;
        if (rest.length() == 11) {
            groups.add(SpanishNumbers.digits(rest.substring(0, 1)));
            rest = rest.substring(1);
        }
        int[] sizes = rest.length() == 9 ? new int[] {3, 3, 3} : new int[] {3, 3, 4};
        int at = 0;
        for (int size : sizes) {
            groups.add(SpanishNumbers.digits(rest.substring(at, at + size)));
            at += size;
        }
        return String.join(", ", groups);
    }
}
