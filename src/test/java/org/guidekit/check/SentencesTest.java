package org.guidekit.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class SentencesTest {
    @Test
    void splitsAtFullStopsQuestionAndExclamationMarks() {
        assertEquals(List.of("Rest today.", "Does it hurt?", "Call us!", "Then walk"),
                Sentences.split("Rest today. Does it hurt? Call us! Then walk"));
    }

    @Test
    void abbreviationsDoNotEndSentences() {
        assertEquals(List.of("Ask Dr. Smith about it, e.g. at your next visit.", "Main St. is closed."),
                Sentences.split("Ask Dr. Smith about it, e.g. at your next visit. Main St. is closed."));
        assertEquals(1, Sentences.split("Avoid lifting, i.e. Heavy boxes, for a week.").size());
    }

    @Test
    void initialsAndDecimalsDoNotEndSentences() {
        assertEquals(1, Sentences.split("J. Smith wrote it.").size());
        assertEquals(List.of("Take 2.5 ml twice a day.", "Stop after 3 days."),
                Sentences.split("Take 2.5 ml twice a day. Stop after 3 days."));
    }

    @Test
    void lowerCaseAfterFullStopContinuesTheSentence() {
        assertEquals(1, Sentences.split("Use it 3 times a day etc. as told.").size());
    }

    @Test
    void wordsKeepContractionsHyphensAndDecimals() {
        assertEquals(List.of("Don't", "do", "step-by-step", "2.5", "ml", "now"),
                Sentences.words("Don't do step-by-step: 2.5 ml, now!"));
    }
}
