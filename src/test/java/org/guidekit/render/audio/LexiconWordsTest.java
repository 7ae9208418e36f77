package org.guidekit.render.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.sun.speech.freetts.en.us.CMULexicon;

/**
 * {@link LexiconWords} reads FreeTTS's binary lexicons itself; these tests hold its answers to FreeTTS's own, over
 * every word of the full dictionary (its text form ships in the FreeTTS jar) and near misses of many.
 */
class LexiconWordsTest {
    private static final List<String> WORDS = new ArrayList<>();

    @BeforeAll
    static void readTheDictionaryText() throws IOException {
        try (var in = new BufferedReader(new InputStreamReader(LexiconWordsTest.class.getResourceAsStream(
                "/com/sun/speech/freetts/en/us/cmudict04_compiled.txt"), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                int tab = line.indexOf('\t');
                if (!line.startsWith("***") && tab > 1) {
                    WORDS.add(line.substring(0, tab - 1)); // the key less its part-of-speech character
                }
            }
        }
        assertTrue(WORDS.size() > 100_000, "the dictionary text has " + WORDS.size() + " words");
    }

    @ParameterizedTest
    @ValueSource(strings = {"cmulex", "cmudict04"})
    void answersAsFreeTtsDoesForEveryWordAndNearMisses(String name) throws IOException {
        CMULexicon freetts = CMULexicon.getInstance(name, true);
        freetts.load();
        LexiconWords words = LexiconWords.load(name);
        int known = 0;
        List<String> asked = new ArrayList<>(List.of("", "a", "zzzzzzzzzzzzzzzzzzzz", "antidisestablishmentarianism",
                "o'brien", "don't", "$", "aids", "Aids"));
        for (int i = 0; i < WORDS.size(); i++) {
            String w = WORDS.get(i);
            asked.add(w);
            if (i % 8 == 0) { // near misses of every eighth word: enough to catch a packing mistake, and quick
                asked.add(w + "q");
                asked.add(w.substring(0, w.length() - 1));
            }
        }
        for (String w : asked) {
            // useLTS=false: only real entries (with letter-to-sound every string has phones)
            boolean expected = freetts.getPhones(w, null, false) != null;
            assertEquals(expected, words.contains(w), () -> name + " knows \"" + w + "\"");
            known += expected ? 1 : 0;
        }
        assertTrue(known > 50_000, name + " knew only " + known + " of the words asked");
    }
}
