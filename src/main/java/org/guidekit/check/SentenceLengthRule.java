package org.guidekit.check;

import java.util.List;

/** Sentences over 20 words and paragraphs over 5 sentences are hard to follow, on paper and even more by ear. */
final class SentenceLengthRule extends PieceRule<TextUnit> {
    static final String SENTENCE = "long-sentence";
    static final String PARAGRAPH = "long-paragraph";
    static final int MAX_WORDS = 20;
    static final int MAX_SENTENCES = 5;

    SentenceLengthRule() {
        super(CheckContext::units, SENTENCE, PARAGRAPH);
    }

    @Override
    void check(TextUnit u, Findings found) {
        if (!u.kind().isProse()) {
            return;
        }
        List<String> sentences = Sentences.split(u.text());
        for (String s : sentences) {
            int words = Sentences.words(s).size();
            if (words > MAX_WORDS) {
                found.add(SENTENCE, Severity.WARNING, u.line(), "sentence of " + words + " words: \""
                        + ReadingGradeRule.shorten(s) + "\"", "split it into sentences of " + MAX_WORDS
                        + " words or fewer");
            }
        }
        if (sentences.size() > MAX_SENTENCES) {
            found.add(PARAGRAPH, Severity.WARNING, u.line(), "paragraph of " + sentences.size() + " sentences",
                    "split it into paragraphs of " + MAX_SENTENCES + " sentences or fewer, or make a list");
        }
    }
}
