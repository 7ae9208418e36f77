package org.guidekit.render.audio;

/**
 * Peak, clipping and wrap-around of 16-bit samples: the checks that catch a voice that overloads (FreeTTS does not
 * clamp, so an overload wraps from +32767 to -32768, an audible crack).
 *
 * @param peakDbfs       highest absolute sample in dB relative to full scale
 * @param clippedSamples samples at full scale
 * @param wrapJumps      neighbouring samples at opposite extremes (both beyond 90 % of full scale), the signature
 *                       of wrap-around; speech levelled below the ceiling never does this, however sharp it is
 */
public record Levels(double peakDbfs, int clippedSamples, int wrapJumps) {
    private static final int NEAR_FULL_SCALE = 29491;

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
            if (i > 0 && Math.min(Math.abs(samples[i]), Math.abs(samples[i - 1])) >= NEAR_FULL_SCALE
                    && (samples[i] > 0) != (samples[i - 1] > 0)) {
                jumps++;
            }
        }
        return new Levels(peak == 0 ? -120 : 20 * Math.log10(peak / 32768.0), clipped, jumps);
    }
}
