package org.guidekit.render.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LevelsTest {
    private static short[] sine(double amplitude, double hz, int rate, double seconds) {
        short[] s = new short[(int) (rate * seconds)];
        for (int i = 0; i < s.length; i++) {
            s[i] = (short) Math.round(amplitude * 32767 * Math.sin(2 * Math.PI * hz * i / rate));
        }
        return s;
    }

    @Test
    void loudnessOfASineMatchesBs1770() {
        // A full-scale 997 Hz sine measures -3.01 LUFS; at 0.1 amplitude, 20 dB lower.
        short[] s = sine(0.1, 997, 16000, 5);
        assertEquals(-23.0, Loudness.integrated(s, s.length, 16000), 0.3);
        short[] t = sine(0.1, 997, 48000, 5);
        assertEquals(-23.0, Loudness.integrated(t, t.length, 48000), 0.2);
    }

    @Test
    void silenceHasNoLoudness() {
        assertEquals(Loudness.SILENT, Loudness.integrated(new short[16000], 16000, 16000));
    }

    @Test
    void levellerReachesTargetWithoutPassingTheCeiling() {
        short[] s = sine(0.05, 440, 16000, 4);
        for (int i = 20000; i < 20003; i++) {
            s[i] = 20000; // a short click that the gain alone would push far past full scale
        }
        Leveller.level(s, s.length, 16000);
        Levels levels = Levels.of(s, s.length);
        assertTrue(levels.peakDbfs() <= Leveller.CEILING_DBFS + 0.01, "peak " + levels.peakDbfs());
        assertEquals(0, levels.clippedSamples());
        assertEquals(Leveller.TARGET_LUFS, Loudness.integrated(s, s.length, 16000), 1.0);
    }

    @Test
    void truePeakCountsPeaksBetweenSamples() {
        // A sine at a quarter of the sample rate, sampled 45 degrees off its crests: every sample sits at 0.707 of
        // the true peak, so the sample peak reads 3 dB low. The oversampled meter sees the crest.
        short[] s = new short[16000];
        for (int i = 0; i < s.length; i++) {
            s[i] = (short) Math.round(0.5 * 32767 * Math.sin(Math.PI / 2 * i + Math.PI / 4));
        }
        assertEquals(20 * Math.log10(0.5 * 0.7071), Levels.of(s, s.length).peakDbfs(), 0.05);
        assertEquals(20 * Math.log10(0.5), TruePeak.dbtp(s, s.length), 0.2);
    }

    @Test
    void levellerKeepsTruePeaksUnderTheCeiling() {
        // Loud enough that the gain towards -18 LUFS pushes its crests between samples past full scale.
        short[] s = new short[4 * 16000];
        for (int i = 0; i < s.length; i++) {
            double burst = (i / 4000) % 2 == 0 ? 1 : 0.05;
            s[i] = (short) Math.round(0.2 * burst * 32767 * Math.sin(2 * Math.PI * 3990.0 * i / 16000 + 0.7));
        }
        Leveller.level(s, s.length, 16000);
        assertTrue(TruePeak.dbtp(s, s.length) <= Leveller.CEILING_DBTP + 0.05, "true peak "
                + TruePeak.dbtp(s, s.length));
    }

    @Test
    void skippingQuietBlocksFindsEveryPeakTheFullFilterFinds() {
        // Bursts, clicks and silence at the edges; each threshold must report exactly the indexes (and values) that
        // running the filter at every index reports above it.
        short[] s = new short[20_000];
        java.util.Random random = new java.util.Random(13);
        for (int i = 100; i < s.length - 100; i++) {
            double envelope = (i / 700) % 3 == 0 ? 0.9 : 0.15;
            s[i] = (short) Math.round(envelope * 32767 * Math.sin(i * 0.9) * random.nextDouble());
        }
        s[3] = 32767;
        s[s.length - 2] = -32768;
        for (double threshold : new double[] {0.05, 0.3, 0.6, 0.89, 1.2}) {
            java.util.List<String> everywhere = new java.util.ArrayList<>();
            for (int n = 0; n < s.length + TruePeak.DELAY; n++) {
                double v = TruePeak.around(s, s.length, n);
                if (v > threshold) {
                    everywhere.add(n + "=" + v);
                }
            }
            java.util.List<String> scanned = new java.util.ArrayList<>();
            TruePeak.scan(s, s.length, () -> threshold, (n, v) -> {
                if (v > threshold) {
                    scanned.add(n + "=" + v);
                }
            });
            assertEquals(everywhere, scanned, "threshold " + threshold);
        }
    }

    @Test
    void wrapAroundIsDetected() {
        short[] s = {100, 32767, -32768, 0};
        Levels levels = Levels.of(s, s.length);
        assertEquals(1, levels.wrapJumps());
        assertEquals(2, levels.clippedSamples());
    }
}
