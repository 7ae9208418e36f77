package org.guidekit.render.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.guidekit.error.RenderException;
import org.guidekit.model.Voice;
import org.guidekit.render.speech.Prosody;
import org.junit.jupiter.api.Test;

/** espeak-ng behind the synthesizer seam: one sentence a call, its timing its sample count, pace and pitch mapped. */
class EspeakNgSynthesizerTest {
    private static final Voice SPANISH = Voice.parse("espeak-ng:es-419");

    private static EspeakNgSynthesizer synthesizer(int wpm, Optional<Float> pitch) {
        return new EspeakNgSynthesizer(EspeakNgProgram.onPath(), new VoiceSettings(wpm, pitch, SPANISH));
    }

    @Test
    void aSentenceIsTimedByItsSamplesAndASlowerPaceIsLonger() {
        boolean installed = EspeakNgProgram.onPath().installed();
        if (!installed) {
            System.out.println("EspeakNgSynthesizerTest: skipped, espeak-ng is not on the PATH");
        }
        assumeTrue(installed, "espeak-ng is not on the PATH");
        EspeakNgSynthesizer v = synthesizer(155, Optional.empty());
        String sentence = "Llame a su médico si tiene fiebre de treinta y ocho grados.";
        SpokenUtterance normal = v.speak(sentence, Prosody.NORMAL);
        assertEquals(EspeakNgSynthesizer.SAMPLE_RATE, v.sampleRate());
        assertEquals(1, normal.sentences().size());
        assertEquals(new SpokenUtterance.Sentence(sentence, 0, normal.samples().length), normal.sentences().get(0));
        long slow = synthesizer(100, Optional.empty()).speak(sentence, Prosody.NORMAL).samples().length;
        assertTrue(slow > normal.samples().length * 1.2, slow + " samples at 100 wpm, " + normal.samples().length
                + " at 155");
    }

    @Test
    void pitchInHertzMapsOntoEspeakNgsScale() {
        assertEquals(50, synthesizer(155, Optional.empty()).pitch(), "the voice's own");
        assertEquals(50, synthesizer(155, Optional.of(100f)).pitch());
        assertEquals(60, synthesizer(155, Optional.of(120f)).pitch());
        assertEquals(10, synthesizer(155, Optional.of(20f)).pitch());
        assertEquals(99, synthesizer(155, Optional.of(400f)).pitch(), "clamped");
    }

    @Test
    void itSpeaksOnlyItsOwnVoiceAndAMissingProgramSaysHowToInstallIt() {
        EspeakNgSynthesizer v = synthesizer(155, Optional.empty());
        assertThrows(IllegalArgumentException.class,
                () -> v.prepare(new VoiceSettings(155, Optional.empty(), Voice.parse("espeak-ng:es")), Map.of()));
        EspeakNgSynthesizer missing = new EspeakNgSynthesizer(new EspeakNgProgram(Path.of("/no/such/espeak-ng"),
                Duration.ofSeconds(5)), new VoiceSettings(155, Optional.empty(), SPANISH));
        RenderException e = assertThrows(RenderException.class, () -> missing.speak("Hola.", Prosody.NORMAL));
        assertTrue(e.getMessage().contains("sudo apt-get install espeak-ng"), e.getMessage());
    }
}
