package org.guidekit.check;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Compares the reading grade of the whole guide (a warning) and of each section (info) with the target grade,
 * naming the hardest sentences and the long words so the author knows what to rewrite.
 * Sections are only advice: a formula over a few sentences swings by grades with a single long word.
 * <p>The grade that drives a finding is the harder of SMOG and Flesch-Kincaid ({@link ReadabilityScore#grade()}),
 * compared as it is shown (one decimal). The message names that grade and its formula; when the other formula puts
 * the text at or under the target, it says so and why (short sentences with long words, or long sentences with short
 * words), so no grade at or under the target is ever called above it.
 */
final class ReadingGradeRule implements Rule {
    static final String GUIDE = "reading-grade";
    static final String SECTION = "section-grade";
    /** Fewer sentences than this and the formulas say little; such sections are not graded. */
    private static final int MIN_SECTION_SENTENCES = 3;

    @Override
    public List<String> ids() {
        return List.of(GUIDE, SECTION);
    }

    @Override
    public List<Finding> check(CheckContext context) {
        Findings found = new Findings(context, GUIDE);
        int target = context.targetGrade();
        List<Sentence> all = context.sentences(context.units());
        ReadabilityScore score = ReadabilityScore.of(all);
        if (Readability.above(score.grade(), target)) {
            found.add(Severity.WARNING, 0, "reading grade " + grade(score) + " is above the target grade " + target
                    + otherFormula(score, target) + "; hardest sentences: " + sentences(all, score)
                    + longWords(all), "shorten these sentences and use shorter, everyday words");
        }
        for (GuideText.Part part : context.text().parts()) {
            List<Sentence> list = context.sentences(part.units());
            ReadabilityScore s = ReadabilityScore.of(list);
            if (list.size() >= MIN_SECTION_SENTENCES && Readability.above(s.grade(), target)) {
                int line = part.line() > 0 ? part.line() : list.get(0).line();
                found.add(SECTION, Severity.INFO, line, "section \"" + part.heading() + "\" reads at grade "
                        + grade(s) + ", above " + target + otherFormula(s, target) + "; hardest: "
                        + sentences(list, s) + longWords(list), "simplify the hardest sentence");
            }
        }
        return found.list();
    }

    @Override
    public Scope scope() {
        return Scope.ENGLISH_TEXT;
    }

    /** The one grade that drives a finding, with its formula: "11.3 (SMOG)". */
    static String grade(ReadabilityScore s) {
        return Readability.format(s.grade()) + " (" + s.formula() + ")";
    }

    /** For the summary line: the driving grade first, then the other formula's, "11.3 (SMOG; Flesch-Kincaid 9.4)". */
    static String grades(ReadabilityScore s) {
        return Readability.format(s.grade()) + " (" + s.formula() + "; " + s.otherFormula() + " "
                + Readability.format(s.otherGrade()) + ")";
    }

    /**
     * What the other formula says. When it is above the target too, only its grade; when it is at or under the
     * target, the formulas disagree, so say why and which one the finding follows.
     */
    static String otherFormula(ReadabilityScore s, int target) {
        String other = "; " + s.otherFormula() + " gives " + Readability.format(s.otherGrade());
        if (Readability.above(s.otherGrade(), target)) {
            return other + ", also above";
        }
        String perSentence = Readability.format(s.wordsPerSentence()) + " words a sentence";
        String polysyllables = s.polysyllables() + " in " + s.sentences() + " sentences";
        String why = s.smogDrives()
                ? "it averages syllables over all words and weighs sentence length (" + perSentence + "), while "
                        + "SMOG counts only the words of three or more syllables (" + polysyllables + "), and those "
                        + "are what make this text hard"
                : "it counts only the words of three or more syllables (" + polysyllables + "), while "
                        + "Flesch-Kincaid also weighs sentence length (" + perSentence + "), and the long sentences "
                        + "are what make this text hard";
        return other + ", at or under the target, because " + why + "; the finding follows the harder formula, "
                + s.formula();
    }

    private static String sentences(List<Sentence> list, ReadabilityScore score) {
        return quoted(Readability.hardest(list, 2, score.smogDrives()));
    }

    /** {@code line 12 "Take the…", line 30 "…"}: the sentences a finding names, shortened. */
    static String quoted(List<Sentence> sentences) {
        return sentences.stream().map(s -> "line " + s.line() + " \"" + shorten(s.text()) + "\"")
                .collect(Collectors.joining(", "));
    }

    private static String longWords(List<Sentence> list) {
        return longWordsNote(Readability.longWords(list, 5));
    }

    /** {@code ; long words: medication (line 4), ...}, or nothing when there are none. */
    static String longWordsNote(Map<String, Integer> words) {
        if (words.isEmpty()) {
            return "";
        }
        return "; long words: " + words.entrySet().stream()
                .map(e -> e.getKey() + " (line " + e.getValue() + ")")
                .collect(Collectors.joining(", "));
    }

    /** At most about 70 characters, cut at a word boundary, so a report line stays readable. */
    static String shorten(String s) {
        if (s.length() <= 70) {
            return s;
        }
        int cut = s.lastIndexOf(' ', 67);
        return s.substring(0, cut > 40 ? cut : 67).strip() + "...";
    }
}
