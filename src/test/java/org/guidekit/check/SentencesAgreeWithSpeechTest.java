package org.guidekit.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.guidekit.model.Text;
import org.guidekit.render.speech.PrintedSentences;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The sentences a check counts are the sentences the voice reads, captions show and the talking book highlights
 * (issue 26: "Take 2 tablets. 3 hours later…" was 2 sentences to the checks and 1 to the speech).
 */
class SentencesAgreeWithSpeechTest {
    @ParameterizedTest
    @ValueSource(strings = {
        "Take 2 tablets. 3 hours later, take 1 more.",
        "Call Dr. Patel at 8 a.m. Then rest. Wait 10 min. Then walk.",
        "Tome 2 pastillas. \u00BFLe duele? \u00A1Llame ya! \u00C9ste es el final. \u00D1o\u00F1o no.",
        "Ask Dr. Smith, e.g. Advil. Take 2.5 ml. Avoid the sun. Did it help? No. Then call us.",
    })
    void checkAndSpeechSplitAlike(String text) {
        List<String> spoken = PrintedSentences.split(List.of(new Text(text))).stream()
                .map(s -> ((Text) s.get(0)).text().strip()).toList();
        assertEquals(spoken, Sentences.split(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Take 2 tablets. 3 hours later, take 1 more."})
    void theIssuesExampleIsTwoSentencesToBoth(String text) {
        assertEquals(2, Sentences.split(text).size());
        assertEquals(2, PrintedSentences.split(List.of(new Text(text))).size());
    }
}
