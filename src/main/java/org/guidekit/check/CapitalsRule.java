package org.guidekit.check;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Words in capitals are hard to read for people with low vision (word shapes disappear) and screen readers may
 * spell them out. What is flagged is shouting: a run of two or more capital words ("DO NOT", "STOP TAKING",
 * "¿POR QUÉ LLAMAR A LA LÍNEA DE AYUDA?"), quoted whole, accented letters included.
 *
 * <p>Not flagged, because they are not shouting: initialisms (a capital word without a vowel, "NHS", "GP", counts
 * for nothing; one or more initialisms alone, "NSAID", "MRI HIV", are not a run of words), and anything written
 * with a digit, which is a phone number or a code ("1-800-QUIT-NOW", "1-855-DÉJELO-YA", "COVID-19"). A lone capital
 * word is not judged: without a dictionary of the guide's language "NSAID", "ACE" or "NICE" cannot be told from
 * "WHITE" or "BLUE", and any cut-off by length would treat the words of one table differently.
 */
final class CapitalsRule extends PieceRule<TextUnit> {
    static final String ID = "all-caps";
    /** Above this many words the quotation keeps its first {@link #QUOTED_WORDS} and says the rest is cut. */
    private static final int QUOTED_WORDS = 8;

    CapitalsRule() {
        super(CheckContext::units, ID);
    }

    @Override
    void check(TextUnit u, Findings found) {
        for (String caps : shouting(u.text())) {
            found.add(Severity.WARNING, u.line(), "\"" + caps + "\" is written in capitals",
                    "write it in normal case; use **bold** to stress it");
        }
    }

    /** Each run of capital words in {@code text} that counts as shouting, as quoted in the finding. */
    static List<String> shouting(String text) {
        List<String> runs = new ArrayList<>();
        List<String> run = new ArrayList<>();
        for (String chunk : text.split("\\s+")) {
            String word = stripPunctuation(chunk);
            if (isCapitalWord(word)) {
                run.add(word);
                if (endsSentence(chunk)) { // a run does not carry on into the next sentence
                    close(run, runs);
                }
            } else if (!word.isEmpty() || endsSentence(chunk)) { // a lone dash or bullet does not break a run
                close(run, runs);
            }
        }
        close(run, runs);
        return runs;
    }

    private static void close(List<String> run, List<String> runs) {
        long words = run.stream().filter(CapitalsRule::readsAsWord).count();
        if (words >= 2) {
            runs.add(run.size() > QUOTED_WORDS + 2 ? String.join(" ", run.subList(0, QUOTED_WORDS)) + " …"
                    : String.join(" ", run));
        }
        run.clear();
    }

    /** Letters only (hyphens and apostrophes inside allowed), at least one, every letter a capital; no digit. */
    private static boolean isCapitalWord(String word) {
        boolean letter = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letter = true;
            } else if (c != '-' && c != '\'' && c != '\u2019' && Character.getType(c) != Character.NON_SPACING_MARK) {
                return false; // a digit (phone number, code) or a symbol
            }
        }
        return letter;
    }

    /** Two letters or more with a vowel: a word, not an initialism ("NHS") or a one-letter word ("A", "Y"). */
    private static boolean readsAsWord(String word) {
        String base = Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("[^\\p{L}]", "");
        return base.length() >= 2 && base.chars().anyMatch(c -> "AEIOUY".indexOf(c) >= 0);
    }

    private static String stripPunctuation(String chunk) {
        int from = 0;
        int to = chunk.length();
        while (from < to && !Character.isLetterOrDigit(chunk.charAt(from))) {
            from++;
        }
        while (to > from && !Character.isLetterOrDigit(chunk.charAt(to - 1))
                && Character.getType(chunk.charAt(to - 1)) != Character.NON_SPACING_MARK) {
            to--;
        }
        return chunk.substring(from, to);
    }

    private static boolean endsSentence(String chunk) {
        return !chunk.isEmpty() && ".?!;:".indexOf(chunk.charAt(chunk.length() - 1)) >= 0;
    }
}
