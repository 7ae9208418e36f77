package org.guidekit.render.audio;

import java.util.Arrays;

/** A growable array of 16-bit samples: one section's audio while it is being put together. */
final class PcmBuffer {
    private short[] samples = new short[1 << 16];
    private int size;

    void append(short[] more) {
        ensure(more.length);
        System.arraycopy(more, 0, samples, size, more.length);
        size += more.length;
    }

    void silence(int count) {
        ensure(count);
        Arrays.fill(samples, size, size + count, (short) 0);
        size += count;
    }

    int size() {
        return size;
    }

    /** The backing array; only the first {@link #size()} samples are audio. */
    short[] array() {
        return samples;
    }

    private void ensure(int more) {
        if (size + more > samples.length) {
            samples = Arrays.copyOf(samples, Math.max(size + more, samples.length * 2));
        }
    }
}
