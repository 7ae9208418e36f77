package org.guidekit.render.audio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

import org.guidekit.error.RenderException;
import org.guidekit.model.Guide;
import org.guidekit.read.MarkdownGuideReader;
import org.guidekit.render.RenderOptions;
import org.guidekit.testing.Fixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Speech on demand for the workspace: the word flagged by the check can be heard, its pronunciation corrected, and
 * heard again, so a change to the list must change the sound, and changing it back must give the first sound
 * again (the voice's lexicon is not left with the old entry).
 */
class SpeechPreviewTest {
    @TempDir
    static Path dir;
    static SpeechPreview voice;
    static Guide guide;

    @BeforeAll
    static void load() {
        voice = new SpeechPreview();
        guide = MarkdownGuideReader.read(Fixtures.guide(dir, "g.md", "## Medicine\n\nTake baclofen 10 mg.\n"));
    }

    @AfterAll
    static void close() {
        voice.close();
    }

    @Test
    void aCorrectedPronunciationIsHeardAndTheOldOneComesBackWhenRestored() {
        RenderOptions plain = RenderOptions.defaults();
        // baclofen is in guidekit's bundled list (BAK-loh-fen); the clinic's entry replaces it, then it is back
        RenderOptions corrected = plain.withSharedPronunciations(Map.of("baclofen", "bak-LOH-fen"));
        byte[] before = voice.speakText("baclofen", guide, plain).wav();
        byte[] after = voice.speakText("baclofen", guide, corrected).wav();
        byte[] again = voice.speakText("baclofen", guide, plain).wav();
        assertFalse(Arrays.equals(before, after), "the pronunciation list changes what is said");
        assertArrayEquals(before, again, "and taking the entry out gives the voice's own reading again");
    }

    @Test
    void textIsNormalisedAsTheAudioEditionSaysIt() {
        SpeechPreview.Speech s = voice.speakText("Take 10 mg.", guide, RenderOptions.defaults());
        SpeechPreview.Speech words = voice.speakText("Take ten milligrams.", guide, RenderOptions.defaults());
        assertArrayEquals(words.wav(), s.wav(), "10 mg is said \"ten milligrams\"");
        assertEquals("RIFF", new String(s.wav(), 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        assertEquals(1, s.sentences().size());
    }

    @Test
    void aSectionComesWithTheTimeOfEachSentence() {
        SpeechPreview.Speech s = voice.speakSection(guide, RenderOptions.defaults(), 1);
        assertTrue(s.sentences().size() >= 2, s.sentences().toString()); // the heading, then the paragraph
        long last = 0;
        for (SpeechPreview.TimedSentence t : s.sentences()) {
            assertTrue(t.beginMs() >= last && t.endMs() > t.beginMs(), s.sentences().toString());
            last = t.endMs();
        }
    }

    @Test
    void emptyOrTooLongTextAndOtherLanguagesAreRefusedWithAReason() {
        assertThrows(IllegalArgumentException.class, () -> voice.speakText(" ", guide, RenderOptions.defaults()));
        assertThrows(IllegalArgumentException.class, () -> voice.speakText("a".repeat(SpeechPreview.MAX_TEXT + 1),
                guide, RenderOptions.defaults()));
        Guide german = MarkdownGuideReader.read(Fixtures.write(dir, "de.md",
                "---\ntitle: Wasser\nlanguage: de-DE\n---\nTrinken Sie Wasser.\n"));
        RenderException e = assertThrows(RenderException.class,
                () -> voice.speakText("Trinken Sie Wasser.", german, RenderOptions.defaults()));
        assertTrue(e.getMessage().contains("no voice speaks the guide's language (de-DE)"), e.getMessage());
    }

    @Test
    void aSpanishGuidesSelectedTextIsSpokenInSpanish() {
        boolean installed = EspeakNgProgram.onPath().installed();
        if (!installed) {
            System.out.println("SpeechPreviewTest: Spanish skipped, espeak-ng is not on the PATH");
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(installed, "espeak-ng is not on the PATH");
        Guide spanish = MarkdownGuideReader.read(Fixtures.write(dir, "es.md",
                "---\ntitle: Guía\nlanguage: es-MX\n---\nTome 2 tabletas a las 8:00 a.m.\n"));
        SpeechPreview.Speech s = voice.speakText("Tome 2 tabletas a las 8:00 a.m.", spanish, RenderOptions.defaults());
        java.nio.ByteBuffer header = java.nio.ByteBuffer.wrap(s.wav()).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        assertEquals(EspeakNgSynthesizer.SAMPLE_RATE, header.getInt(24), "espeak-ng's rate in the WAV header");
        long ms = s.sentences().get(0).endMs();
        // "Tome dos tabletas a las ocho de la mañana": about a dozen syllables, seconds of speech
        assertTrue(ms > 1000 && ms < 10_000, ms + " ms");
    }
}
