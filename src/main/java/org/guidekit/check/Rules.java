package org.guidekit.check;

import java.util.List;

/** The registry: every rule, in one explicit list (pandoc's writer list). Add a new rule here. */
final class Rules {
    private static final List<Rule> ALL = List.of(
            // readability
            new ReadingGradeRule(), new SpanishReadabilityRule(), new SentenceLengthRule(), new GluedNumberRule(), new PlainWordRule(),
            // accessibility
            new AltTextRule(), new LinkTextRule(), new CapitalsRule(), new EmphasisRule(), new TableHeaderRule(),
            SizeLimitRule.tableWidth(), new ReviewDateRule(), SizeLimitRule.listLength(),
            // safety of links and promotion
            new LinkHostRule(), new PharmacyLinkRule(), new SpamRule(), new DoseInHeadingRule(), new PromotionRule(),
            // speech
            new UnknownWordRule(), new DroppedCharacterRule(), new ShorthandRule(), new FillInBlankRule(),
            new SpokenReadingRule());

    private Rules() {
    }

    /** Every rule, in the order their findings are listed for the same line. */
    public static List<Rule> all() {
        return ALL;
    }
}
