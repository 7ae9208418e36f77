package org.guidekit.render.audio;

/**
 * Brings speech to a consistent loudness in our own code (FreeTTS ignores its volume setting): a gain towards the
 * target loudness, a smooth look-ahead limiter that keeps the <em>true</em> peak (between samples, see
 * {@link TruePeak}) under the ceiling without distortion, and a final clamp so nothing can wrap around. The
 * limiter's gain ramps down over the look-ahead before a peak, which also softens the abrupt onsets of plosives
 * that MP3 encoding would otherwise turn into overshoots.
 */
final class Leveller {
    /** Spoken-word loudness target (EBU R128 S1 for speech content is about -18 LUFS for mobile listening). */
    public static final double TARGET_LUFS = -18;
    /**
     * True peaks of the levelled PCM stay below this, leaving 1 dB for MP3 encoding, so that every MP3 and DAISY
     * chapter stays at or below -1 dBTP as EBU R128 asks.
     */
    public static final double CEILING_DBTP = -2.0;
    /** The sample-peak ceiling that follows from it (sample peaks never exceed true peaks). */
    public static final double CEILING_DBFS = CEILING_DBTP;
    /** Never boost more than this: a near-silent section must not be blown up. */
    private static final double MAX_GAIN_DB = 15;
    private static final double LOOKAHEAD_SECONDS = 0.005;
    private static final double RELEASE_SECONDS = 0.08;
    /** The gain is held over the interpolation filter's reach around a peak. */
    private static final int HOLD = TruePeak.TAPS_PER_PHASE;

    private Leveller() {
    }

    /** Levels {@code samples[0..length)} in place. */
    public static void level(short[] samples, int length, int sampleRate) {
        double measured = Loudness.integrated(samples, length, sampleRate);
        double gainDb = measured == Loudness.SILENT ? 0 : Math.min(MAX_GAIN_DB, TARGET_LUFS - measured);
        double gain = Math.pow(10, gainDb / 20);
        double ceiling = Math.pow(10, CEILING_DBTP / 20);
        apply(samples, length, gain, limiterGain(samples, length, gain, ceiling, sampleRate));
        // Limiting takes a little loudness away; give it back once (the limiter still guards the peaks).
        double after = Loudness.integrated(samples, length, sampleRate);
        if (after != Loudness.SILENT && TARGET_LUFS - after > 0.1 && gainDb < MAX_GAIN_DB) {
            double makeUp = Math.pow(10, Math.min(TARGET_LUFS - after, MAX_GAIN_DB - gainDb) / 20);
            apply(samples, length, makeUp, limiterGain(samples, length, makeUp, ceiling, sampleRate));
        }
        // The gain changes the signal the interpolation sees a little; a second look catches what is left.
        for (int pass = 0; pass < 2 && TruePeak.dbtp(samples, length) > CEILING_DBTP; pass++) {
            apply(samples, length, 1, limiterGain(samples, length, 1, ceiling * 0.98, sampleRate));
        }
    }

    private static void apply(short[] samples, int length, double gain, float[] limit) {
        for (int i = 0; i < length; i++) {
            double v = samples[i] * gain * limit[i];
            samples[i] = (short) Math.max(-32768, Math.min(32767, Math.round(v)));
        }
    }

    /**
     * Per-sample gain reduction (1 = none): held at what a true peak needs across the filter's reach, ramped down
     * linearly over the look-ahead before it, then recovering with an exponential release. Peaks are rare, so only
     * they cost time.
     */
    private static float[] limiterGain(short[] samples, int length, double gain, double ceiling, int sampleRate) {
        float[] env = new float[length];
        java.util.Arrays.fill(env, 1f);
        int ahead = Math.max(HOLD + 1, (int) (LOOKAHEAD_SECONDS * sampleRate));
        TruePeak.scan(samples, length, () -> ceiling / gain, (n, peak) -> {
            double level = gain * peak;
            if (level <= ceiling) {
                return;
            }
            double need = ceiling / level;
            int at = n - TruePeak.DELAY;
            for (int i = Math.max(0, at - ahead); i <= Math.min(length - 1, at + HOLD); i++) {
                int before = at - HOLD - i; // samples before the held stretch
                float g = (float) (before <= 0 ? need : need + (1 - need) * before / (ahead - HOLD));
                env[i] = Math.min(env[i], g);
            }
        });
        double release = 1 - Math.exp(-1.0 / (RELEASE_SECONDS * sampleRate));
        float current = 1f;
        for (int n = 0; n < length; n++) {
            current = (float) Math.min(env[n], current + (1 - current) * release);
            env[n] = current;
        }
        return env;
    }
}
