package org.guidekit.render.audio;

/**
 * Integrated loudness after EBU R128 / ITU-R BS.1770-4 (K-weighting, 400 ms blocks with 75 % overlap, absolute gate
 * at -70 LUFS and relative gate at -10 LU), for mono 16-bit samples at any sample rate. Filter coefficients are
 * derived for the actual rate, as the standard only tabulates 48 kHz. Streams over the samples: memory is one number
 * per 100 ms, so hour-long sections cost nothing extra.
 */
public final class Loudness {
    /** What an empty or silent signal measures. */
    public static final double SILENT = Double.NEGATIVE_INFINITY;
    private static final double ABSOLUTE_GATE = Math.pow(10, (-70 + 0.691) / 10);

    private Loudness() {
    }

    /** Integrated loudness in LUFS, or {@link #SILENT}. */
    public static double integrated(short[] samples, int length, int sampleRate) {
        int step = sampleRate / 10;
        if (length < 4 * step) {
            return SILENT;
        }
        double[] steps = weightedEnergyPerStep(samples, length, sampleRate, step);
        double[] power = new double[steps.length - 3];
        for (int b = 0; b < power.length; b++) {
            power[b] = (steps[b] + steps[b + 1] + steps[b + 2] + steps[b + 3]) / (4.0 * step);
        }
        double absolute = gatedMean(power, ABSOLUTE_GATE);
        if (absolute <= 0) {
            return SILENT;
        }
        double mean = gatedMean(power, Math.max(absolute * 0.1, ABSOLUTE_GATE));
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

    /** Sum of squared K-weighted samples in each 100 ms step (a 400 ms block is four steps). */
    private static double[] weightedEnergyPerStep(short[] samples, int length, int fs, int step) {
        Biquad shelf = Biquad.highShelf(fs);
        Biquad highPass = Biquad.highPass(fs);
        double[] steps = new double[length / step];
        for (int i = 0; i < steps.length * step; i++) {
            double y = highPass.next(shelf.next(samples[i] / 32768.0));
            steps[i / step] += y * y;
        }
        return steps;
    }

    /** One second-order filter stage of the K-weighting, with its state. */
    private static final class Biquad {
        private final double b0;
        private final double b1;
        private final double b2;
        private final double a1;
        private final double a2;
        private double x1;
        private double x2;
        private double y1;
        private double y2;

        private Biquad(double b0, double b1, double b2, double a1, double a2) {
            this.b0 = b0;
            this.b1 = b1;
            this.b2 = b2;
            this.a1 = a1;
            this.a2 = a2;
        }

        /** Stage 1: the head's high-shelf boost of about +4 dB above 1.5 kHz. */
        static Biquad highShelf(int fs) {
            double k = Math.tan(Math.PI * 1681.974450955533 / fs);
            double q = 0.7071752369554196;
            double vh = Math.pow(10, 3.999843853973347 / 20);
            double vb = Math.pow(vh, 0.4996667741545416);
            double a0 = 1 + k / q + k * k;
            return new Biquad((vh + vb * k / q + k * k) / a0, 2 * (k * k - vh) / a0, (vh - vb * k / q + k * k) / a0,
                    2 * (k * k - 1) / a0, (1 - k / q + k * k) / a0);
        }

        /** Stage 2: the revised low-frequency B-curve high-pass at about 38 Hz. */
        static Biquad highPass(int fs) {
            double k = Math.tan(Math.PI * 38.13547087602444 / fs);
            double q = 0.5003270373238773;
            double a0 = 1 + k / q + k * k;
            return new Biquad(1, -2, 1, 2 * (k * k - 1) / a0, (1 - k / q + k * k) / a0);
        }

        double next(double x) {
            double y = b0 * x + b1 * x1 + b2 * x2 - a1 * y1 - a2 * y2;
            x2 = x1;
            x1 = x;
            y2 = y1;
            y1 = y;
            return y;
        }
    }
}
