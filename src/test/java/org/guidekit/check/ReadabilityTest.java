package org.guidekit.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ReadabilityTest {
    @Test
    void formulasMatchTheirDefinitions() {
        // 100 words, 5 sentences, 150 syllables: 0.39*20 + 11.8*1.5 - 15.59 = 9.91
        assertEquals(9.91, Readability.fleschKincaid(5, 100, 150), 1e-9);
        // 10 polysyllables in 30 sentences: 1.043*sqrt(10) + 3.1291 = 6.427
        assertEquals(1.043 * Math.sqrt(10) + 3.1291, Readability.smog(30, 10), 1e-9);
        assertEquals(0, Readability.fleschKincaid(0, 0, 0));
        assertEquals(0, Readability.smog(0, 0));
    }

    @Test
    void plainTextScoresLowAndDenseTextHigh() {
        ReadabilityScore plain = ReadabilityScore.of(List.of(Sentence.of(1, "Rest your back."),
                Sentence.of(1, "Drink some water."), Sentence.of(1, "Walk a bit each day.")));
        ReadabilityScore dense = ReadabilityScore.of(List.of(Sentence.of(1, "Musculoskeletal inflammation "
                + "necessitates comprehensive pharmacological intervention accompanied by physiotherapeutic "
                + "rehabilitation.")));
        assertTrue(plain.grade() < 4, "plain " + plain.grade());
        assertTrue(dense.grade() > 16, "dense " + dense.grade());
        assertEquals(3, plain.sentences());
        assertEquals(11, plain.words());
    }

    @Test
    void namesHardestSentencesAndLongWords() {
        List<Sentence> s = List.of(Sentence.of(3, "Rest."), Sentence.of(4, "Inflammation is unavoidable initially."),
                Sentence.of(5, "Walk."));
        assertEquals(4, Readability.hardest(s, 1).get(0).line());
        Map<String, Integer> words = Readability.longWords(s, 5);
        assertEquals(Map.of("inflammation", 4, "unavoidable", 4, "initially", 4), words);
    }
}
