package org.guidekit.render.audio;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A fixed set of voices for parallel synthesis. A FreeTTS voice must never be used by two threads at once, and
 * allocating voices is not thread-safe, so the pool creates them one after another up front and lends each to one
 * thread at a time.
 */
public final class VoicePool implements AutoCloseable {
    private final List<Synthesizer> all = new ArrayList<>();
    private final BlockingQueue<Synthesizer> idle;

    /** Creates {@code size} voices, one after another. */
    public VoicePool(int size, Supplier<Synthesizer> factory) {
        if (size < 1) {
            throw new IllegalArgumentException("pool size " + size);
        }
        idle = new ArrayBlockingQueue<>(size);
        try {
            for (int i = 0; i < size; i++) {
                Synthesizer s = factory.get();
                all.add(s);
                idle.add(s);
            }
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /** Runs {@code work} with a voice no other thread is using; waits for one if all are busy. */
    public <T> T withVoice(Function<Synthesizer, T> work) {
        Synthesizer s;
        try {
            s = idle.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a voice", e);
        }
        try {
            return work.apply(s);
        } finally {
            idle.add(s);
        }
    }

    public int size() {
        return all.size();
    }

    @Override
    public void close() {
        for (Synthesizer s : all) {
            s.close();
        }
    }
}
