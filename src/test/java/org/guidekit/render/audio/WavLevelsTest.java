package org.guidekit.render.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

import org.guidekit.read.MarkdownGuideReader;
import org.guidekit.render.RenderOptions;
import org.guidekit.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real FreeTTS run to WAV, whose samples are checked directly: loudness, peaks, clipping, silence at the ends. */
class WavLevelsTest {
    @Test
    void spokenGuideIsLevelledWithoutClippingOrWrapAround(@TempDir Path out) throws Exception {
        String name = "back-muscle-spasms";
        new AudioRenderer(AudioRenderer.Container.WAV).render(MarkdownGuideReader.read(Fixtures.content(name + ".md")),
                RenderOptions.defaults(), out);
        byte[] wav = Files.readAllBytes(out.resolve(name + ".wav"));
        ByteBuffer b = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals("RIFF", new String(wav, 0, 4, "US-ASCII"));
        assertEquals(16000, b.getInt(24));
        assertEquals(1, b.getShort(22));
        int n = b.getInt(40) / 2;
        assertEquals(wav.length - 44, n * 2);
        short[] s = new short[n];
        b.position(44);
        b.asShortBuffer().get(s);

        Levels levels = Levels.of(s, n);
        assertTrue(levels.peakDbfs() < -1.0, "peak " + levels.peakDbfs() + " dBFS");
        assertEquals(0, levels.clippedSamples());
        assertEquals(0, levels.wrapJumps());
        assertEquals(-18.0, Loudness.integrated(s, n, 16000), 1.0);
        assertTrue(silent(s, 0, 16000 * SectionVoicing.LEAD_MS / 1000), "silence at the start");
        assertTrue(silent(s, n - 16000 * SectionVoicing.TRAIL_MS / 1000, n), "silence at the end");
    }

    private static boolean silent(short[] s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Math.abs(s[i]) > 300) {
                return false;
            }
        }
        return true;
    }
}
