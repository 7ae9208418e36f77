package org.guidekit.check;

/**
 * One sentence of running text with its counts.
 *
 * @param line          line of the paragraph or list item it is in
 * @param text          the sentence
 * @param words         number of words
 * @param syllables     number of syllables
 * @param polysyllables words of three or more syllables (SMOG counts these)
 */
record Sentence(int line, String text, int words, int syllables, int polysyllables) {
    /** The Flesch-Kincaid grade of this sentence alone: ranks sentences from hardest to easiest. */
    public double grade() {
        return Readability.fleschKincaid(1, words, syllables);
    }

    /** Measures {@code text}. */
    public static Sentence of(int line, String text) {
        int words = 0;
        int syllables = 0;
        int poly = 0;
        for (String w : Sentences.words(text)) {
            int s = Syllables.count(w);
            words++;
            syllables += s;
            poly += s >= 3 ? 1 : 0;
        }
        return new Sentence(line, text, words, syllables, poly);
    }
}
