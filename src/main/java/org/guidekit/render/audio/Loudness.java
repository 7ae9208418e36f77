package org.guidekit.render.audio;

/**
 * Integrated loudness after EBU R128 / ITU-R BS.1770-4 (K-weighting, 400 ms blocks with 75 % overlap, absolute gate
 * at -70 LUFS and relative gate at -10 LU), for mono 16-bit samples at any sample rate. Filter coefficients are
 * derived for the actual rate, as the standard only tabulates 48 kHz.
 */
public final class Loudness {
    /** What an empty or silent signal measures. */
    public static final double SILENT = Double.NEGATIVE_INFINITY;

    private Loudness() {
    }

    /** Integrated loudness in LUFS, or {@link #SILENT}. */
    public static double integrated(short[] samples, int length, int sampleRate) {
        double[] weighted = kWeighted(samples, length, sampleRate);
        int block = (int) (0.4 * sampleRate);
        int step = block / 4;
        if (length < block) {
            return SILENT;
        }
        int blocks = (length - block) / step + 1;
        double[] power = new double[blocks];
        // Running sum of squares: each block's mean square in O(1).
        double[] prefix = new double[length + 1];
        for (int i = 0; i < length; i++) {
            prefix[i + 1] = prefix[i] + weighted[i] * weighted[i];
        }
        for (int b = 0; b < blocks; b++) {
            power[b] = (prefix[b * step + block] - prefix[b * step]) / block;
        }
        double absolute = gatedMean(power, Math.pow(10, (-70 + 0.691) / 10));
        if (absolute <= 0) {
            return SILENT;
        }
        double relativeGate = absolute * Math.pow(10, -10.0 / 10);
        double mean = gatedMean(power, Math.max(relativeGate, Math.pow(10, (-70 + 0.691) / 10)));
        return mean <= 0 ? SILENT : -0.691 + 10 * Math.log10(mean);
    }

    private static double gatedMean(double[] power, double gate) {
        double sum = 0;
        int n = 0;
        for (double p : power) {
            if (p > gate) {
                sum += p;
                n++;
            }
        }
        return n == 0 ? 0 : sum / n;
    }

    private static double[] kWeighted(short[] samples, int length, int fs) {
        double[] x = new double[length];
        for (int i = 0; i < length; i++) {
            x[i] = samples[i] / 32768.0;
        }
        // Stage 1: the head's high-shelf boost.
        double k = Math.tan(Math.PI * 1681.974450955533 / fs);
        double q = 0.7071752369554196;
        double vh = Math.pow(10, 3.999843853973347 / 20);
        double vb = Math.pow(vh, 0.4996667741545416);
        double a0 = 1 + k / q + k * k;
        biquad(x, (vh + vb * k / q + k * k) / a0, 2 * (k * k - vh) / a0, (vh - vb * k / q + k * k) / a0,
                2 * (k * k - 1) / a0, (1 - k / q + k * k) / a0);
        // Stage 2: the RLB high-pass.
        k = Math.tan(Math.PI * 38.13547087602444 / fs);
        q = 0.5003270373238773;
        a0 = 1 + k / q + k * k;
        biquad(x, 1, -2, 1, 2 * (k * k - 1) / a0, (1 - k / q + k * k) / a0);
        return x;
    }

    private static void biquad(double[] x, double b0, double b1, double b2, double a1, double a2) {
        double x1 = 0;
        double x2 = 0;
        double y1 = 0;
        double y2 = 0;
        for (int i = 0; i < x.length; i++) {
            double in = x[i];
            double y = b0 * in + b1 * x1 + b2 * x2 - a1 * y1 - a2 * y2;
            x2 = x1;
            x1 = in;
            y2 = y1;
            y1 = y;
            x[i] = y;
        }
    }
}
