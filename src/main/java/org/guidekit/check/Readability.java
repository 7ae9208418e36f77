package org.guidekit.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Readability formulas and the sentences and words that make text hard.
 * FKGL = 0.39 × words/sentence + 11.8 × syllables/word − 15.59;
 * SMOG = 1.043 × √(polysyllables × 30 / sentences) + 3.1291.
 * Only running text is measured (paragraphs and list items); headings, table cells and alt text are fragments
 * that would make the grade look easier than the prose really is.
 */
final class Readability {
    /** Words of this many syllables or more are named as "long words". */
    static final int LONG_WORD_SYLLABLES = 4;

    private Readability() {
    }

    public static double fleschKincaid(int sentences, int words, int syllables) {
        if (sentences == 0 || words == 0) {
            return 0;
        }
        return 0.39 * words / sentences + 11.8 * syllables / words - 15.59;
    }

    public static double smog(int sentences, int polysyllables) {
        if (sentences == 0) {
            return 0;
        }
        return 1.043 * Math.sqrt(polysyllables * 30.0 / sentences) + 3.1291;
    }

    /** The sentences of the running text among {@code units}. */
    public static List<Sentence> sentences(List<TextUnit> units) {
        List<Sentence> list = new ArrayList<>();
        for (TextUnit u : units) {
            if (u.kind().isProse()) {
                for (String s : Sentences.split(u.text())) {
                    list.add(Sentence.of(u.line(), s));
                }
            }
        }
        return list;
    }

    /** Up to {@code n} sentences with the highest grade, hardest first; ties keep reading order. */
    public static List<Sentence> hardest(List<Sentence> sentences, int n) {
        return hardest(sentences, n, false);
    }

    /**
     * Up to {@code n} hardest sentences by the formula that drives the finding: with {@code bySmog} the ones with
     * the most words of three or more syllables (all SMOG counts), else by their Flesch-Kincaid grade.
     */
    public static List<Sentence> hardest(List<Sentence> sentences, int n, boolean bySmog) {
        Comparator<Sentence> byGrade = Comparator.comparingDouble(Sentence::grade);
        Comparator<Sentence> order = bySmog ? Comparator.comparingInt(Sentence::polysyllables).thenComparing(byGrade)
                : byGrade;
        return sentences.stream()
                .sorted(order.reversed())
                .limit(n)
                .toList();
    }

    /** Up to {@code n} distinct long words (4+ syllables), longest first, each with the line it first appears on. */
    public static Map<String, Integer> longWords(List<Sentence> sentences, int n) {
        return longWords(sentences, n, Syllables::count, LONG_WORD_SYLLABLES);
    }

    /**
     * Up to {@code n} distinct words of at least {@code least} syllables as {@code syllables} counts them (English or
     * Spanish), longest first, each with the line it first appears on.
     */
    static Map<String, Integer> longWords(List<Sentence> sentences, int n,
                                          java.util.function.ToIntFunction<String> syllables, int least) {
        Map<String, Integer> firstLine = new LinkedHashMap<>();
        for (Sentence s : sentences) {
            for (String w : Sentences.words(s.text())) {
                if (syllables.applyAsInt(w) >= least && w.chars().allMatch(Character::isLetter)) {
                    firstLine.putIfAbsent(w.toLowerCase(Locale.ROOT), s.line());
                }
            }
        }
        Map<String, Integer> result = new LinkedHashMap<>();
        firstLine.keySet().stream()
                .sorted(Comparator.comparingInt(syllables).reversed())
                .limit(n)
                .forEach(w -> result.put(w, firstLine.get(w)));
        return result;
    }

    /**
     * Whether {@code grade} is above {@code target} as people read it: 8.04 is shown as "8.0" and is not above 8, so
     * the comparison uses the shown, rounded grade and a message never calls a grade at the target above it.
     */
    public static boolean above(double grade, int target) {
        return Math.round(grade * 10) > target * 10L;
    }

    /** A grade for people: one decimal, "8.4". */
    public static String format(double grade) {
        return String.format(Locale.ROOT, "%.1f", grade);
    }
}
