package org.guidekit.render.audio;

/**
 * True peak after ITU-R BS.1770-4 Annex 2, as EBU R128 measures it: the signal oversampled four times with a
 * windowed-sinc interpolation filter (48 taps, 12 per phase), so peaks between samples count. A sample-peak
 * limiter lets these through: speech at -1.5 dBFS sample peak measured +0.3 dBTP after MP3 encoding.
 *
 * <p>Written by hand (about 40 lines): no Java library with a BS.1770 true-peak meter was found on Maven Central,
 * and the filter is the standard's own construction.
 */
final class TruePeak {
    /** Oversampling factor. */
    static final int FACTOR = 4;
    static final int TAPS_PER_PHASE = 12;
    /** Interpolated samples lag the input by about half the filter: this many input samples. */
    static final int DELAY = TAPS_PER_PHASE / 2;
    private static final double[][] PHASES = phases();
    /** The phases' taps interleaved, tap j of phase k at {@code j * FACTOR + k}, for {@link #around}. */
    private static final double[] INTERLEAVED = interleaved();
    /**
     * The most the interpolation can make of a window of samples, as a multiple of its largest sample: what lets
     * {@link #scan} skip the filter wherever the samples around are too quiet to reach a threshold (most of speech),
     * with exactly the results of computing it everywhere. The filter was two thirds of a guide's audio CPU.
     */
    private static final double GROWTH = growth();

    private TruePeak() {
    }

    /** True peak of {@code samples[0..length)} in dBTP (dB relative to full scale, oversampled). */
    public static double dbtp(short[] samples, int length) {
        double[] peak = {0};
        scan(samples, length, () -> peak[0], (n, value) -> peak[0] = Math.max(peak[0], value));
        return peak[0] == 0 ? -120 : 20 * Math.log10(peak[0]);
    }

    /** Receives the true-peak value at an input index. */
    interface PeakConsumer {
        void accept(int n, double value);
    }

    /**
     * Indices looked at together: a block too quiet to reach the threshold is skipped whole. Sixteen halves the
     * filter runs of 64 on speech (one loud sample no longer costs 64) for a little more reading of maxima.
     */
    private static final int BLOCK = 16; // at least TAPS_PER_PHASE - 1: scan carries one block's tail to the next

    /**
     * Calls {@code consumer} with {@link #around} at every index {@code n} (0 to length + {@link #DELAY}) where it
     * may exceed {@code threshold}; at the others it is certainly at most the threshold. Block by block: the
     * largest sample a block's filter windows reach, times {@link #GROWTH}, bounds every value in the block.
     */
    static void scan(short[] x, int length, java.util.function.DoubleSupplier threshold, PeakConsumer consumer) {
        int end = length + DELAY;
        int reach = TAPS_PER_PHASE - 1; // samples before a block that its first filter window reads
        int carried = 0; // the largest of the previous block's last `reach` samples
        for (int block = 0; block < end; block += BLOCK) {
            int last = Math.min(end, block + BLOCK) - 1;
            int most = carried;
            int tailFrom = last - reach + 1;
            carried = 0;
            for (int i = block; i <= Math.min(length - 1, last); i++) { // each sample read once
                int a = Math.abs(x[i]);
                most = Math.max(most, a);
                if (i >= tailFrom) {
                    carried = Math.max(carried, a);
                }
            }
            if (most / 32768.0 * GROWTH <= threshold.getAsDouble()) {
                continue;
            }
            for (int n = block; n <= last; n++) {
                consumer.accept(n, around(x, length, n));
            }
        }
    }

    /**
     * The largest absolute value, relative to full scale, of the signal in the four oversampled points computed at
     * input index {@code n} (they lie about {@link #DELAY} samples earlier) and of the sample itself.
     */
    static double around(short[] x, int length, int n) {
        double peak = n < length ? Math.abs(x[n] / 32768.0) : 0;
        if (n >= TAPS_PER_PHASE - 1 && n < length) { // inside the signal: no bounds to check
            // The four phases in one pass over the window, each summed in the same order as below: the same
            // values, with each sample read once (this loop is most of the levelling's time).
            double y0 = 0;
            double y1 = 0;
            double y2 = 0;
            double y3 = 0;
            for (int j = 0, k = 0; j < TAPS_PER_PHASE; j++, k += FACTOR) {
                double v = x[n - j];
                y0 += v * INTERLEAVED[k];
                y1 += v * INTERLEAVED[k + 1];
                y2 += v * INTERLEAVED[k + 2];
                y3 += v * INTERLEAVED[k + 3];
            }
            peak = Math.max(peak, Math.abs(y0 / 32768.0));
            peak = Math.max(peak, Math.abs(y1 / 32768.0));
            peak = Math.max(peak, Math.abs(y2 / 32768.0));
            return Math.max(peak, Math.abs(y3 / 32768.0));
        }
        for (double[] h : PHASES) {
            double y = 0;
            for (int j = 0; j < TAPS_PER_PHASE; j++) {
                int i = n - j;
                if (i >= 0 && i < length) {
                    y += x[i] * h[j];
                }
            }
            peak = Math.max(peak, Math.abs(y / 32768.0));
        }
        return peak;
    }

    private static double[] interleaved() {
        double[] taps = new double[FACTOR * TAPS_PER_PHASE];
        for (int k = 0; k < FACTOR; k++) {
            for (int j = 0; j < TAPS_PER_PHASE; j++) {
                taps[j * FACTOR + k] = PHASES[k][j];
            }
        }
        return taps;
    }

    private static double growth() {
        double most = 1;
        for (double[] h : PHASES) {
            most = Math.max(most, java.util.Arrays.stream(h).map(Math::abs).sum());
        }
        return most * (1 + 1e-9); // a hair of margin for rounding
    }

    /** Hann-windowed sinc with its cut-off at the input's Nyquist frequency, split into four phases. */
    private static double[][] phases() {
        int taps = FACTOR * TAPS_PER_PHASE;
        double centre = (taps - 1) / 2.0;
        double[][] phases = new double[FACTOR][TAPS_PER_PHASE];
        for (int k = 0; k < taps; k++) {
            double t = (k - centre) / FACTOR;
            double sinc = t == 0 ? 1 : Math.sin(Math.PI * t) / (Math.PI * t);
            double window = 0.5 - 0.5 * Math.cos(2 * Math.PI * (k + 0.5) / taps);
            phases[k % FACTOR][k / FACTOR] = sinc * window;
        }
        for (double[] phase : phases) { // each phase passes a constant unchanged
            double sum = java.util.Arrays.stream(phase).sum();
            for (int j = 0; j < phase.length; j++) {
                phase[j] /= sum;
            }
        }
        return phases;
    }
}
