package org.guidekit.check;

import java.util.List;

/**
 * The reading-grade rule for guides in Spanish: the whole guide (a warning) and each section (info) should reach
 * the "normal" band of the INFLESZ scale (a Szigriszt-Pazos score of 55 or more), which studies of Spanish health
 * information take as the least for patients; the message gives the Fernández-Huerta score too, and names the
 * hardest sentences and the long words. The English grade formulas do not apply to Spanish (its words are longer
 * by nature), so a Spanish guide gets this rule instead of {@link ReadingGradeRule}.
 */
final class SpanishReadabilityRule implements Rule {
    static final String GUIDE = "reading-ease";
    static final String SECTION = "section-ease";
    /** Fewer sentences than this and the formulas say little; such sections are not scored. */
    private static final int MIN_SECTION_SENTENCES = 3;
    /**
     * Shorter "sentences" are list items such as "confusión" or "temblores o nerviosismo": one long word makes them
     * score hard, yet a list of symptoms is what plain writing asks for. They are never named as the hardest, and
     * a section needs {@link #MIN_SECTION_SENTENCES} longer ones to be scored.
     */
    private static final int MIN_SENTENCE_WORDS = 4;

    @Override
    public List<String> ids() {
        return List.of(GUIDE, SECTION);
    }

    @Override
    public List<Finding> check(CheckContext context) {
        Findings found = new Findings(context, GUIDE);
        List<Sentence> all = context.sentences(context.units());
        ReadabilityScore score = SpanishReadability.score(all);
        if (!all.isEmpty() && below(score)) {
            found.add(Severity.WARNING, 0, "Spanish readability " + SpanishReadability.scores(score)
                    + " is below " + target() + "; hardest sentences: " + sentences(all) + longWords(all),
                    "shorten these sentences and use shorter, everyday words");
        }
        for (GuideText.Part part : context.text().parts()) {
            List<Sentence> list = context.sentences(part.units());
            ReadabilityScore s = SpanishReadability.score(list);
            if (sentences(list, MIN_SENTENCE_WORDS).size() >= MIN_SECTION_SENTENCES && below(s)) {
                int line = part.line() > 0 ? part.line() : list.get(0).line();
                found.add(SECTION, Severity.INFO, line, "section \"" + part.heading() + "\" reads at "
                        + SpanishReadability.scores(s) + ", below " + target() + "; hardest: " + sentences(list)
                        + longWords(list), "simplify the hardest sentence");
            }
        }
        return found.list();
    }

    @Override
    public Scope scope() {
        return Scope.SPANISH_TEXT;
    }

    /** Compared as shown, one decimal, so "55.0" is never called below 55. */
    private static boolean below(ReadabilityScore s) {
        return Math.round(s.szigrisztPazos() * 10) < SpanishReadability.NORMAL * 10;
    }

    private static String target() {
        return SpanishReadability.format(SpanishReadability.NORMAL) + " (normal)";
    }

    private static List<Sentence> sentences(List<Sentence> list, int minWords) {
        return list.stream().filter(s -> s.words() >= minWords).toList();
    }

    private static String sentences(List<Sentence> list) {
        List<Sentence> real = sentences(list, MIN_SENTENCE_WORDS);
        return ReadingGradeRule.quoted(SpanishReadability.hardest(real.isEmpty() ? list : real, 2));
    }

    private static String longWords(List<Sentence> list) {
        return ReadingGradeRule.longWordsNote(SpanishReadability.longWords(list, 5));
    }
}
