package org.guidekit.text;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the sentences of printed text start: the one sentence splitter of guidekit, so that the checks (long
 * sentences, readability counts) and the speech (its utterances, captions, highlighting and DAISY sentences) agree
 * on every sentence.
 *
 * <p>The JDK's sentence {@link BreakIterator} (Unicode's sentence rules) finds the candidates: it knows every
 * script's capitals ("É", "Ñ"), opening marks ("¿", "¡"), closing quotes and brackets, decimals ("2.5") and that a
 * full stop before a lower-case word ends nothing. Three refinements on top of it, which a health leaflet needs:
 * <ul>
 *   <li>a sentence may start with a number ("Take 2 tablets. 3 hours later, take 1 more." is two sentences, which
 *       Unicode's rules join because the next letter is lower case) or with a spaced guillemet ("« Bien »");</li>
 *   <li>a sentence never starts with a lower-case letter ("Does it hurt? if so, call us." is one);</li>
 *   <li>a full stop after a title, a Latin or Spanish short form, an initial or (before a number) "No." or "ext."
 *       ends nothing ("Dr. Patel", "e.g. Advil", "p. ej. Ibuprofeno", "J. Smith", "No. 5").</li>
 * </ul>
 * ICU4J's iterator was weighed and not taken: on these cases its boundaries are the JDK's (both follow Unicode's
 * rules), its abbreviation lists are per locale and did not cover "Dr." in English, and it would add 14 MB to the
 * jar and a library to this package, which depends on the JDK only.
 *
 * <p>A line break is not a sentence end by itself (an address keeps its lines in one sentence).
 */
public final class SentenceBoundaries {
    /** Short forms that never end a sentence, lower case, without their final full stop. */
    private static final Set<String> NEVER_AT_END = Set.of(
            "dr", "dra", "mr", "mrs", "ms", "mx", "prof", "sr", "sra", "srta", "jr", "st", "mt", "ave", "mme", "mlle",
            "ud", "uds", "vd", "vds", "e.g", "i.e", "eg", "ie", "cf", "vs", "approx", "aprox", "dept", "ej", "ex");
    /** Short forms that end nothing when a number follows ("No. 5", "ext. 4402", "Fig. 2"). */
    private static final Set<String> BEFORE_A_NUMBER = Set.of("no", "nos", "núm", "nº", "tel", "ext", "fig", "p",
            "pp", "pág", "vol");
    /**
     * Months and weekdays, which are short forms only when written with a capital: "Jan. Doe" goes on, but "Avoid
     * the sun. Wear a hat." is two sentences.
     */
    private static final Set<String> CAPITALISED = Set.of("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
            "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun");
    /**
     * A full stop, question or exclamation mark, its closing marks and the spaces after it: a sentence end when a
     * capital or a number follows, which Unicode's rules miss before a number followed by a lower-case word and
     * before a French guillemet with its space ("« Bien »").
     */
    private static final Pattern END = Pattern.compile("[.!?][\"'\u201D\u2019\u00BB)\\]]*+\\s++");
    /** How far an abbreviation or the start of the next sentence is looked for: words and openers are short. */
    private static final int LOOK = 12;

    private SentenceBoundaries() {
    }

    /**
     * Where each sentence of {@code text} starts, in order; the first always at 0. A sentence keeps the spaces after
     * it, so consecutive starts cut the text into sentences that together hold every character of it.
     */
    public static List<Integer> starts(String text) {
        String plain = withoutLineBreaks(text);
        TreeSet<Integer> candidates = new TreeSet<>();
        BreakIterator iterator = BreakIterator.getSentenceInstance(Locale.ROOT);
        iterator.setText(plain);
        for (int b = iterator.next(); b != BreakIterator.DONE; b = iterator.next()) {
            candidates.add(b);
        }
        Matcher m = END.matcher(plain);
        while (m.find()) {
            candidates.add(m.end());
        }
        List<Integer> starts = new ArrayList<>(List.of(0));
        for (int b : candidates) {
            if (b > 0 && b < plain.length() && startsASentence(plain, b) && !shortFormBefore(plain, b)) {
                starts.add(b);
            }
        }
        return starts;
    }

    /** The sentences of {@code text}, each with the spaces after it; together they are the text. */
    public static List<String> split(String text) {
        List<Integer> starts = starts(text);
        List<String> sentences = new ArrayList<>(starts.size());
        for (int i = 0; i < starts.size(); i++) {
            sentences.add(text.substring(starts.get(i), i + 1 < starts.size() ? starts.get(i + 1) : text.length()));
        }
        return sentences;
    }

    /** The text with every line break a space: same length, same offsets. */
    private static String withoutLineBreaks(String text) {
        return text.replace('\n', ' ').replace('\r', ' ').replace('\u2028', ' ').replace('\u2029', ' ')
                .replace('\u0085', ' ');
    }

    /**
     * True if a capital, a digit or a letter of a script without case comes first after {@code at}, after nothing
     * but spaces and opening marks (a symbol such as "§" in "42 U.S.C. § 300aa" starts no sentence).
     */
    private static boolean startsASentence(String text, int at) {
        for (int i = at; i < text.length() && i < at + LOOK; ) {
            int c = text.codePointAt(i);
            if (Character.isLetterOrDigit(c)) {
                return !Character.isLowerCase(c);
            }
            if (!Character.isWhitespace(c) && !isOpeningMark(c)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return false;
    }

    /** Brackets, quotes and the Spanish opening marks, which may stand before a sentence's first word. */
    private static boolean isOpeningMark(int c) {
        int type = Character.getType(c);
        return type == Character.START_PUNCTUATION || type == Character.INITIAL_QUOTE_PUNCTUATION
                || type == Character.FINAL_QUOTE_PUNCTUATION || c == '"' || c == '\'' || c == '¿' || c == '¡';
    }

    /** True if the full stop just before {@code at} (and its closing marks and spaces) ends a short form. */
    private static boolean shortFormBefore(String text, int at) {
        int dot = at;
        while (dot > 0 && Character.isWhitespace(text.charAt(dot - 1))) {
            dot--;
        }
        if (dot == 0 || text.charAt(dot - 1) != '.') {
            return false;
        }
        int from = dot - 1;
        while (from > 0 && dot - from < LOOK && isWordPart(text.charAt(from - 1))) {
            from--;
        }
        if (from > 0 && isWordPart(text.charAt(from - 1))) {
            return false; // longer than any short form: a web address or a long word
        }
        String word = text.substring(from, dot - 1);
        if (word.isEmpty()) {
            return false;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        return word.length() == 1 && Character.isUpperCase(word.charAt(0))
                || NEVER_AT_END.contains(lower)
                || BEFORE_A_NUMBER.contains(lower) && nextIsDigit(text, at)
                || CAPITALISED.contains(lower) && Character.isUpperCase(word.charAt(0));
    }

    /** Letters, digits and inner full stops ("e.g", "a.m"): what a short form is made of. */
    private static boolean isWordPart(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == 'º';
    }

    private static boolean nextIsDigit(String text, int at) {
        for (int i = at; i < text.length() && i < at + LOOK; i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                return Character.isDigit(c);
            }
        }
        return false;
    }
}
