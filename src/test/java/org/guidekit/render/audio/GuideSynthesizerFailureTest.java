package org.guidekit.render.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.guidekit.error.RenderException;
import org.guidekit.render.Progress;
import org.guidekit.render.speech.Prosody;
import org.guidekit.render.speech.SpeechScript;
import org.guidekit.render.speech.SpeechSection;
import org.guidekit.render.speech.Utterance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A voice that fails mid-guide surfaces as a RenderException, and every voice is still released. */
class GuideSynthesizerFailureTest {
    private static final AtomicInteger OPEN = new AtomicInteger();

    /** Says a short tone for every utterance, and fails on the word "fail". */
    private static final class FakeVoice implements Synthesizer {
        FakeVoice() {
            OPEN.incrementAndGet();
        }

        @Override
        public int sampleRate() {
            return 16000;
        }

        @Override
        public SpokenUtterance speak(String text, Prosody prosody) {
            if (text.contains("fail")) {
                throw new RenderException("the voice could not say \"" + text + "\"");
            }
            short[] s = new short[8000];
            for (int i = 0; i < s.length; i++) {
                s[i] = (short) (3000 * Math.sin(i * 0.2));
            }
            return new SpokenUtterance(s, List.of(new SpokenUtterance.Sentence(text, 0, s.length)));
        }

        @Override
        public List<String> spokenWords(String text) {
            return List.of(text.split(" "));
        }

        @Override
        public void close() {
            OPEN.decrementAndGet();
        }
    }

    private static SpeechSection section(String id, String text) {
        return new SpeechSection(id, id, List.of(new Utterance(id, text, 100, Prosody.NORMAL)));
    }

    @Test
    void failureInOneSectionFailsTheGuideAndReleasesAllVoices(@TempDir Path work) {
        List<SpeechSection> sections = List.of(section("a", "One."), section("b", "Two."), section("c", "Please fail."),
                section("d", "Four."));
        SpeechScript script = new SpeechScript("g", "G", "", sections, Map.of());
        GuideSynthesizer synthesizer = new GuideSynthesizer(new VoiceSettings(155, Optional.empty()), 3);
        RenderException e = assertThrows(RenderException.class,
                () -> synthesizer.synthesize(script, work, false, Progress.NONE, FakeVoice::new));
        assertTrue(e.getMessage().contains("Please fail."), e.getMessage());
        assertEquals(0, OPEN.get(), "voices left allocated");
    }
}
