package org.guidekit.render.readalong;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Printed sentences paired with what the voice said, as the voice really splits them (from FreeTTS runs). */
class SentenceAlignerTest {
    private static List<SpokenSentence> said(String... texts) {
        List<SpokenSentence> s = new ArrayList<>();
        long t = 0;
        for (String text : texts) {
            s.add(new SpokenSentence(text, t, t + 1000));
            t += 1000;
        }
        return s;
    }

    private static List<String> pieces(String text, List<SpokenSentence> spoken) {
        return SentenceAligner.align(text, spoken).stream()
                .map(g -> text.substring(g.start(), g.end()) + " @" + g.beginMs() + "-" + g.endMs()).toList();
    }

    @Test
    void oneToOne() {
        assertEquals(List.of("Use the bathroom first. @0-1000", "A full bladder can raise your reading. @1000-2000"),
                pieces("Use the bathroom first. A full bladder can raise your reading.",
                        said("Use the bathroom first.", "A full bladder can raise your reading.")));
    }

    @Test
    void aListNumberTheVoiceSaysAloneJoinsTheFirstSentence() {
        String printed = "Knee to chest: Lie on your back. Gently pull one knee toward your chest.";
        assertEquals(List.of("Knee to chest: @0-2000", "Lie on your back. @2000-3000",
                        "Gently pull one knee toward your chest. @3000-4000"),
                pieces(printed, said("1.", "Knee to chest:", "Lie on your back.",
                        "Gently pull one knee toward your chest.")));
    }

    @Test
    void sentencesTheVoiceKeepsTogetherAreOneSpan() {
        // FreeTTS read "Tip. Bring your log to every visit." as one sentence.
        assertEquals(List.of("Tip: Bring your log to every visit @0-1000"),
                pieces("Tip: Bring your log to every visit", said("Tip. Bring your log to every visit.")));
    }

    @Test
    void normalisedNumbersStillMatchByShare() {
        assertEquals(List.of("Warning: @0-1000", "Call 911 @1000-2000"),
                pieces("Warning: Call 911", said("Warning.", "Call 9 1 1.")));
    }

    @Test
    void withoutSpeechThereAreNoSpans() {
        assertEquals(List.of(), SentenceAligner.align("Some text.", List.of()));
    }
}
