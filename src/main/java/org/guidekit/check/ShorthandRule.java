package org.guidekit.check;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Prescription shorthand a patient should not have to decode. Shorthand with one meaning ("q4h", "sc", "ext. 2040")
 * is said in words by the voice, but the printed page still shows it: info. Shorthand that is easily misread (the
 * error-prone abbreviations health-safety bodies ask prescribers not to use: "qd" taken for "qid", "U" for a zero,
 * "hs" for half-strength) is neither expanded nor guessed: a warning to write it out.
 */
final class ShorthandRule extends PieceRule<TextUnit> {
    static final String ID = "clinical-shorthand";
    /** Shorthand with more than one reading, and what to write instead. */
    private static final Map<Pattern, String> AMBIGUOUS = new LinkedHashMap<>();
    /** Shorthand the voice expands, and what it says. */
    private static final Map<Pattern, String> EXPANDED = new LinkedHashMap<>();

    static {
        ambiguous("(?<![\\w.])[qQ]\\.?[dD]\\.?(?![\\w])",
                "write \"once a day\" (\"qd\" is read as \"qid\", four times a day)");
        ambiguous("(?<![\\w.])[qQ]\\.?[oO]\\.?[dD]\\.?(?![\\w])", "write \"every other day\"");
        ambiguous("(?<![\\w.])(?:hs|h\\.s\\.|HS)(?![\\w])", "write \"at bedtime\" (\"hs\" also means half-strength)");
        ambiguous("(?<![\\w.])(?:tiw|t\\.i\\.w\\.|TIW)(?![\\w])", "write \"three times a week\"");
        // "42 U.S.C.", "3 U.K. sites", "9 a.m.": a letter followed by a period and another letter is one letter
        // of an abbreviation written with periods, not the unit shorthand "U".
        ambiguous("(?<=\\d)\\s?[Uu](?![\\w]|\\.\\p{L})", "write \"units\" (a U is misread as a zero)");
        ambiguous("(?<![\\w.])(?:od|o\\.d\\.|OD)(?![\\w])", "write \"once a day\" or \"right eye\" as meant");
        ambiguous("(?<![\\w.])(?:[Dd]/[Cc])(?![\\w])", "write \"stop\" or \"discharge\" as meant");
        ambiguous("(?<![\\w.])[Ee]xt\\b(?!\\.?\\s?\\d)", "write \"extension\" with its number");
        EXPANDED.put(Pattern.compile("(?<![\\w.])[qQ]\\.?\\s?\\d+(?:\\s?-\\s?\\d+)?\\s?h(?:rs?)?\\b"), "every N hours");
        EXPANDED.put(Pattern.compile("(?<![\\w.])(?:sc|SC|s\\.c\\.|subcut|subq|SQ)(?![\\w])"), "under the skin");
    }

    /** "qd." at a sentence end is shown as "qd"; "q.d." keeps its periods. */
    private static String shown(String match) {
        String s = match.strip();
        return s.indexOf('.') == s.length() - 1 ? s.substring(0, s.length() - 1) : s;
    }

    private static void ambiguous(String regex, String action) {
        AMBIGUOUS.put(Pattern.compile(regex), action);
    }

    ShorthandRule() {
        super(CheckContext::units, ID);
    }

    @Override
    void check(TextUnit u, Findings found) {
        AMBIGUOUS.forEach((p, action) -> u.matches(p).forEach(m -> found.add(Severity.WARNING, u.line(),
                "\"" + shown(m) + "\" is prescription shorthand that patients misread", action)));
        EXPANDED.forEach((p, spoken) -> u.matches(p).forEach(m -> found.add(Severity.INFO, u.line(),
                "\"" + shown(m) + "\" is prescription shorthand; the audio says \"" + spoken + "\", the print does not",
                "write it in words for the printed guide too")));
    }

    @Override
    public Scope scope() {
        return Scope.ENGLISH_VOICE;
    }
}
