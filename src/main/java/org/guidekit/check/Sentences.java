package org.guidekit.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits running text into sentences and words. A sentence ends at {@code .}, {@code !} or {@code ?} followed by a
 * space and a capital letter, digit or quote, unless the word before the full stop is a known abbreviation
 * ("Dr.", "e.g.", "St.") or a single initial ("J. Smith"). Good enough for readability formulas, no NLP needed.
 */
final class Sentences {
    /** Abbreviations that end with a full stop but not a sentence, lower case, without the final stop. */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "dr", "mr", "mrs", "ms", "prof", "st", "e.g", "i.e", "eg", "ie", "vs", "approx", "no", "nos", "fig",
            "dept", "jr", "sr", "mt", "ave", "tel", "ext", "min", "hr", "hrs", "cf", "al", "inc", "co", "ltd");
    private static final Pattern END = Pattern.compile("(?<![.!?])[.!?]++[\"'\u201D\u2019)]*\\s+(?=[\"'\u201C\u2018(]?[\\p{Lu}\\p{N}])");
    /** Bounded repetition: Java's regex engine recurses once per repeat, and "a.a.a.…" must not overflow the stack. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]++(?:['\u2019\\-.][\\p{L}\\p{N}]++){0,16}");

    private Sentences() {
    }

    /** The sentences of {@code text}, stripped; text without final punctuation is one sentence. */
    public static List<String> split(String text) {
        List<String> sentences = new ArrayList<>();
        String t = text.strip();
        Matcher m = END.matcher(t);
        int start = 0;
        while (m.find()) {
            if (t.charAt(m.start()) == '.' && isAbbreviation(t, start, m.start())) {
                continue;
            }
            addIfWords(sentences, t.substring(start, m.end()));
            start = m.end();
        }
        addIfWords(sentences, t.substring(start));
        return sentences;
    }

    /** The words of {@code text}: letters and digits, keeping "don't", "step-by-step" and "2.5" whole. */
    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    private static boolean isAbbreviation(String text, int from, int stop) {
        int i = stop;
        while (i > from && !Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        String word = text.substring(i, stop).toLowerCase(Locale.ROOT).replaceAll("^[(\"'\u201C]+", "");
        boolean initial = word.length() == 1 && Character.isLetter(word.charAt(0))
                && Character.isUpperCase(text.charAt(stop - 1));
        return initial || ABBREVIATIONS.contains(word);
    }

    private static void addIfWords(List<String> sentences, String s) {
        String stripped = s.strip();
        if (!words(stripped).isEmpty()) {
            sentences.add(stripped);
        }
    }
}
