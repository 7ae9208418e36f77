package org.guidekit.render.audio;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Up to a fixed number of voices for parallel synthesis. A FreeTTS voice must never be used by two threads at once,
 * so the pool lends each voice to one thread at a time. Voices are created when first needed, one after another
 * (FreeTTS's allocation is not thread-safe), so the first thread starts speaking while the next voice loads.
 */
final class VoicePool implements AutoCloseable {
    private final int capacity;
    private final Supplier<Synthesizer> factory;
    private final List<Synthesizer> all = new ArrayList<>();
    private final BlockingQueue<Synthesizer> idle;
    private boolean closed;

    /** A pool of at most {@code capacity} voices made by {@code factory}. */
    public VoicePool(int capacity, Supplier<Synthesizer> factory) {
        if (capacity < 1) {
            throw new IllegalArgumentException("pool size " + capacity);
        }
        this.capacity = capacity;
        this.factory = factory;
        this.idle = new ArrayBlockingQueue<>(capacity);
    }

    /** Runs {@code work} with a voice no other thread is using; waits for one if all are busy. */
    public <T> T withVoice(Function<Synthesizer, T> work) {
        Synthesizer s = borrow();
        try {
            return work.apply(s);
        } finally {
            idle.add(s);
        }
    }

    private Synthesizer borrow() {
        Synthesizer s = idle.poll();
        if (s != null) {
            return s;
        }
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException("voice pool is closed");
            }
            if (all.size() < capacity) {
                Synthesizer made = factory.get(); // under the pool's lock: one allocation at a time
                all.add(made);
                return made;
            }
        }
        try {
            return idle.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a voice", e);
        }
    }

    /**
     * Makes the voices not made yet, one after another, each lent out as soon as it is ready; stops early when the
     * pool is closed.
     */
    void fill() {
        while (true) {
            Synthesizer made;
            synchronized (this) {
                if (closed || all.size() >= capacity) {
                    return;
                }
                made = factory.get(); // under the pool's lock: one allocation at a time
                all.add(made);
            }
            idle.add(made);
        }
    }

    /** Voices created so far. */
    public synchronized int size() {
        return all.size();
    }

    @Override
    public synchronized void close() {
        closed = true;
        for (Synthesizer s : all) {
            s.close();
        }
    }
}
