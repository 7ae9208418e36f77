package org.guidekit.render.audio;

/**
 * Peak, clipping and wrap-around of 16-bit samples: the checks that catch a voice that overloads (FreeTTS does not
 * clamp, so an overload wraps from +32767 to -32768, an audible crack).
 *
 * @param peakDbfs       highest absolute sample in dB relative to full scale
 * @param clippedSamples samples at full scale
 * @param wrapJumps      neighbouring samples more than 3/4 of the full range apart, the signature of wrap-around
 */
public record Levels(double peakDbfs, int clippedSamples, int wrapJumps) {
    private static final int WRAP_JUMP = 49152;

    /** Measures {@code length} samples. */
    public static Levels of(short[] samples, int length) {
        int peak = 0;
        int clipped = 0;
        int jumps = 0;
        for (int i = 0; i < length; i++) {
            int a = Math.abs((int) samples[i]);
            peak = Math.max(peak, a);
            if (a >= 32767) {
                clipped++;
            }
            if (i > 0 && Math.abs(samples[i] - samples[i - 1]) > WRAP_JUMP) {
                jumps++;
            }
        }
        return new Levels(peak == 0 ? -120 : 20 * Math.log10(peak / 32768.0), clipped, jumps);
    }
}
