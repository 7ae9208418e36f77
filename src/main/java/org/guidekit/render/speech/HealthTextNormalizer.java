package org.guidekit.render.speech;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Turns printed health text into what a person would say, so that FreeTTS reads it right: "Take 10 mg 2-3 times
 * a day" → "Take 10 milligrams 2 to 3 times a day", "140/90" → "140 over 90", "Call 911" → "Call 9 1 1".
 *
 * <p>Pure string rewriting, applied in a fixed order: typography is folded to ASCII first, then web addresses,
 * numbers (phones before ranges, so "555-1234" stays digits), units, abbreviations and acronyms; whatever the
 * voice cannot say is dropped last. The result is one line of plain ASCII text. Thread-safe.
 */
public final class HealthTextNormalizer {
    private static final Pattern NOT_SPEAKABLE = Pattern.compile("[^A-Za-z0-9 .,;:!?'\"()\\-/]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern SPACE_BEFORE_PUNCTUATION = Pattern.compile("\\s+([.,;:!?])");
    private static final Pattern REPEATED_PUNCTUATION = Pattern.compile("([.,;:!?])[.,;:]+");

    private static final Pattern LEADING_PUNCTUATION = Pattern.compile("^[.,;:!? ]+");
    private static final Pattern SPACE_INSIDE_BRACKETS = Pattern.compile("\\(\\s+|\\s+\\)|\\(\\s*\\)");

    private final List<Rewrite> rules;

    /**
     * A normaliser that spells out only initialisms that cannot be words ("eGFR", "HbA1c"); a capital word such as
     * "EMS" is left to the voice, since without the voice's lexicon it cannot tell "EMS" from "NOT".
     */
    public HealthTextNormalizer() {
        this(word -> true);
    }

    /**
     * @param voiceKnows true for a word (lower case) the voice can say as a word: its lexicon or the guide's
     *                   pronunciation list. Capital words it does not know are spelled out ("EMS" → "E-M-S").
     */
    public HealthTextNormalizer(Predicate<String> voiceKnows) {
        List<Rewrite> all = new ArrayList<>(FIXED_RULES);
        // a candidate has two capitals in a row, a capital after a lower-case letter, or a digit
        all.add(Rewrite.onlyWhere("\\d|[A-Za-z][A-Z]", List.of(Initialisms.rule(voiceKnows))));
        this.rules = List.copyOf(all);
    }

    /**
     * Every rule but the last, which depends on the voice: compiled once (some 100 patterns), since a normaliser
     * is made per guide and the patterns are immutable and thread-safe.
     */
    private static final List<Rewrite> FIXED_RULES = fixedRules();

    private static List<Rewrite> fixedRules() {
        List<Rewrite> words = SpokenWords.rules();
        List<Rewrite> all = new ArrayList<>();
        all.addAll(words.subList(0, 3)); // addresses first: their digits and dots are not numbers
        all.addAll(PrintShorthand.rules()); // before ranges and acronyms read "15-15" and "(INR)"
        all.add(withDigits(SpokenDates.isoRules(), // before their hyphens are read as ranges
                PhoneNumbers.rules()));
        all.addAll(ClinicalShorthand.rules());
        all.add(withDigits(SpokenAmounts.ratioRules(), // before a colon between numbers is taken for a time
                ClockTimes.rules()));
        all.addAll(SpokenDates.rules());
        all.addAll(SpokenAmounts.rules());
        all.addAll(SpokenNumbers.rules());
        all.add(withDigits(SpokenAmounts.signRules()));
        all.addAll(Units.perAmountRules()); // "mg/dL" in a heading has no digit
        all.add(withDigits(List.of(Units.rule())));
        all.addAll(Units.rateRules());
        all.addAll(words.subList(3, words.size()));
        all.addAll(SpokenNumbers.neighbourRules());
        return List.copyOf(all);
    }

    /** The digits (what \d matches): every rule of a {@link #withDigits} group needs one. */
    static final String DIGITS = "0123456789";

    /**
     * Rules that each match only where the text has a digit (a number, or a lookahead for one), run only then: most
     * sentences have none, and the patterns cost a scan of the sentence each, which a search for a digit saves.
     * Exact, since a group that finds no digit could change nothing.
     */
    @SafeVarargs
    static Rewrite withDigits(List<Rewrite>... rules) {
        List<Rewrite> all = new ArrayList<>();
        for (List<Rewrite> r : rules) {
            all.addAll(r);
        }
        return Rewrite.onlyWithAny(DIGITS, all);
    }

    /** The spoken form of {@code printed}: one line, ASCII only, trimmed. */
    public String normalize(String printed) {
        String s = TypographyFolder.fold(printed);
        for (Rewrite r : rules) {
            s = r.apply(s);
        }
        s = NOT_SPEAKABLE.matcher(s).replaceAll(" ");
        s = SPACES.matcher(s).replaceAll(" ").strip();
        if (s.indexOf('(') >= 0 || s.indexOf(')') >= 0) { // every match has a bracket; else s has no double space
            s = SPACE_INSIDE_BRACKETS.matcher(s).replaceAll(m -> m.group().contains("(") && m.group().contains(")")
                    ? "" : m.group().strip());
            s = SPACES.matcher(s).replaceAll(" ").strip();
        }
        s = SPACE_BEFORE_PUNCTUATION.matcher(s).replaceAll("$1");
        s = REPEATED_PUNCTUATION.matcher(s).replaceAll("$1");
        return LEADING_PUNCTUATION.matcher(s).replaceFirst("");
    }
}
