package org.guidekit.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs a piece of work and fails when it hangs, judged by the CPU time its thread has used, not by the clock: on a
 * busy machine (a loaded 2-core CI runner, `stress-ng --cpu 4`) a job that needs 6 s of CPU can take 30 s of wall
 * time, and must still pass. A wall-clock limit remains only as a generous backstop for work that blocks without
 * using CPU (a FIFO, a lock), so that a hang still ends the test.
 */
public final class CpuBound {
    /** Minutes, not seconds: only a real hang gets this far. */
    public static final Duration BACKSTOP = Duration.ofMinutes(5);
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private CpuBound() {
    }

    /**
     * The result of {@code work}, which must finish within {@code cpu} of CPU time on its own thread.
     *
     * @throws AssertionError when it uses more CPU than that, or blocks past the {@link #BACKSTOP}
     */
    public static <T> T call(Duration cpu, Callable<T> work) {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread worker = new Thread(() -> {
            try {
                result.set(work.call());
            } catch (Throwable t) {
                failure.set(t);
            }
        }, "cpu-bound-work");
        worker.setDaemon(true);
        long wallDeadline = System.nanoTime() + BACKSTOP.toNanos();
        worker.start();
        try {
            while (worker.isAlive()) {
                worker.join(50);
                long used = THREADS.isThreadCpuTimeSupported() ? THREADS.getThreadCpuTime(worker.getId()) : -1;
                if (used > cpu.toNanos()) {
                    worker.interrupt();
                    fail("the work used more than " + cpu.toSeconds() + " s of CPU (a hang, or work that is not "
                            + "linear in its input)");
                }
                if (System.nanoTime() > wallDeadline) {
                    worker.interrupt();
                    fail("the work did not finish within " + BACKSTOP.toMinutes() + " minutes (it blocked)");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail("interrupted while waiting for the work");
        }
        if (failure.get() instanceof RuntimeException e) {
            throw e;
        }
        if (failure.get() instanceof Error e) {
            throw e;
        }
        if (failure.get() != null) {
            throw new AssertionError(failure.get());
        }
        return result.get();
    }
}
