package org.guidekit.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.guidekit.text.SentenceBoundaries;

/**
 * Splits running text into sentences and words. Where sentences end is {@link SentenceBoundaries}'s to say, the
 * same splitter the speech uses, so a long sentence found here is the sentence the voice reads and the talking book
 * highlights.
 */
final class Sentences {
    /** Bounded repetition: Java's regex engine recurses once per repeat, and "a.a.a.…" must not overflow the stack. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]++(?:['\u2019\\-.][\\p{L}\\p{N}]++){0,16}");

    private Sentences() {
    }

    /** The sentences of {@code text} that have words, stripped; text without final punctuation is one sentence. */
    public static List<String> split(String text) {
        List<String> sentences = new ArrayList<>();
        for (String s : SentenceBoundaries.split(text.strip())) {
            String stripped = s.strip();
            if (!words(stripped).isEmpty()) {
                sentences.add(stripped);
            }
        }
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
}
