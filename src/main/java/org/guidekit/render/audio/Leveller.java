package org.guidekit.render.audio;

/**
 * Brings speech to a consistent loudness in our own code (FreeTTS ignores its volume setting): a gain towards the
 * target loudness, a smooth look-ahead peak limiter so peaks stay under the ceiling without distortion, and a final
 * clamp so nothing can wrap around.
 */
public final class Leveller {
    /** Spoken-word loudness target (EBU R128 S1 for speech content is about -18 LUFS for mobile listening). */
    public static final double TARGET_LUFS = -18;
    /** Peaks stay below -1 dBFS with margin for MP3 encoding overshoot. */
    public static final double CEILING_DBFS = -1.5;
    /** Never boost more than this: a near-silent section must not be blown up. */
    private static final double MAX_GAIN_DB = 15;
    private static final double LOOKAHEAD_SECONDS = 0.005;
    private static final double RELEASE_SECONDS = 0.08;

    private Leveller() {
    }

    /** Levels {@code samples[0..length)} in place. */
    public static void level(short[] samples, int length, int sampleRate) {
        double measured = Loudness.integrated(samples, length, sampleRate);
        double gainDb = measured == Loudness.SILENT ? 0 : Math.min(MAX_GAIN_DB, TARGET_LUFS - measured);
        double gain = Math.pow(10, gainDb / 20);
        double ceiling = 32768 * Math.pow(10, CEILING_DBFS / 20);
        float[] limit = limiterGain(samples, length, gain, ceiling, sampleRate);
        for (int i = 0; i < length; i++) {
            double v = samples[i] * gain * limit[i];
            samples[i] = (short) Math.max(-32768, Math.min(32767, Math.round(v)));
        }
    }

    /**
     * Per-sample gain reduction (1 = none): ramps down linearly over the look-ahead before any peak that would pass
     * the ceiling, then recovers with an exponential release. Peaks are rare, so only they cost time.
     */
    private static float[] limiterGain(short[] samples, int length, double gain, double ceiling, int sampleRate) {
        float[] env = new float[length];
        java.util.Arrays.fill(env, 1f);
        int ahead = Math.max(1, (int) (LOOKAHEAD_SECONDS * sampleRate));
        for (int n = 0; n < length; n++) {
            double level = Math.abs(samples[n] * gain);
            if (level <= ceiling) {
                continue;
            }
            double need = ceiling / level;
            for (int k = 0; k <= ahead && n - k >= 0; k++) {
                float g = (float) (1 - (1 - need) * (ahead - k) / ahead);
                env[n - k] = Math.min(env[n - k], g);
            }
        }
        double release = 1 - Math.exp(-1.0 / (RELEASE_SECONDS * sampleRate));
        float current = 1f;
        for (int n = 0; n < length; n++) {
            current = (float) Math.min(env[n], current + (1 - current) * release);
            env[n] = current;
        }
        return env;
    }
}
