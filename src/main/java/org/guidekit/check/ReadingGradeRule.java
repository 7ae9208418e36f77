package org.guidekit.check;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Compares the reading grade of the whole guide (a warning) and of each section (info) with the target grade,
 * naming the hardest sentences and the long words so the author knows what to rewrite.
 * Sections are only advice: a formula over a few sentences swings by grades with a single long word.
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
        List<Sentence> all = Readability.sentences(context.units());
        ReadabilityScore score = ReadabilityScore.of(all);
        if (score.grade() > target) {
            found.add(Severity.WARNING, 0, "reading grade " + grades(score) + " is above the target grade " + target
                    + "; hardest sentences: " + sentences(all) + longWords(all),
                    "shorten these sentences and use shorter, everyday words");
        }
        for (GuideText.Part part : context.text().parts()) {
            List<Sentence> list = Readability.sentences(part.units());
            ReadabilityScore s = ReadabilityScore.of(list);
            if (list.size() >= MIN_SECTION_SENTENCES && s.grade() > target) {
                int line = part.line() > 0 ? part.line() : list.get(0).line();
                found.add(SECTION, Severity.INFO, line, "section \"" + part.heading() + "\" reads at grade "
                        + grades(s) + ", above " + target + "; hardest: " + sentences(list) + longWords(list),
                        "simplify the hardest sentence");
            }
        }
        return found.list();
    }

    static String grades(ReadabilityScore s) {
        return Readability.format(s.fleschKincaid()) + " (Flesch-Kincaid) / " + Readability.format(s.smog())
                + " (SMOG)";
    }

    private static String sentences(List<Sentence> list) {
        return Readability.hardest(list, 2).stream()
                .map(s -> "line " + s.line() + " \"" + shorten(s.text()) + "\"")
                .collect(Collectors.joining(", "));
    }

    private static String longWords(List<Sentence> list) {
        Map<String, Integer> words = Readability.longWords(list, 5);
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

    @Override
    public Scope scope() {
        return Scope.ENGLISH_TEXT;
    }
}
