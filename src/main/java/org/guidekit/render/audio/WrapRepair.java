package org.guidekit.render.audio;

/**
 * Undoes FreeTTS's overflow. Its synthesis does not clamp: a sample that overloads wraps from +32767 to -32768 (or
 * back), an audible crack. Speech never moves by more than half the full range between two samples, so such a jump
 * is unwrapped and the true value clamped to full scale; the leveller then brings the peak down smoothly.
 */
final class WrapRepair {
    private WrapRepair() {
    }

    /** Repairs {@code samples} in place; returns how many samples were out of range. */
    static int repair(short[] samples) {
        int offset = 0;
        int repaired = 0;
        int previous = 0;
        for (int i = 0; i < samples.length; i++) {
            int raw = samples[i];
            int jump = raw - previous;
            if (jump < -32768) {
                offset += 65536;
            } else if (jump > 32768) {
                offset -= 65536;
            }
            previous = raw;
            if (offset != 0) {
                repaired++;
                samples[i] = (short) Math.max(-32768, Math.min(32767, raw + offset));
            }
        }
        return repaired;
    }
}
