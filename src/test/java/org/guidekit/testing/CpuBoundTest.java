package org.guidekit.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** The hang bound of the hostile-input tests judges CPU, so waiting (as on a busy machine) never trips it. */
class CpuBoundTest {
    @Test
    void returnsTheResultOfWorkWithinItsBound() {
        assertEquals(42, CpuBound.call(Duration.ofSeconds(5), () -> 42));
    }

    @Test
    void workThatWaitsUsesNoCpuAndPasses() {
        // 300 ms asleep, as a thread starved by a loaded machine would be, against a 100 ms CPU bound.
        assertEquals("done", CpuBound.call(Duration.ofMillis(100), () -> {
            Thread.sleep(300);
            return "done";
        }));
    }

    @Test
    void workThatSpinsPastItsCpuBoundFails() {
        AssertionError e = assertThrows(AssertionError.class, () -> CpuBound.call(Duration.ofMillis(200), () -> {
            long x = 0;
            while (!Thread.currentThread().isInterrupted()) {
                x += System.nanoTime() % 7;
            }
            return x;
        }));
        assertTrue(e.getMessage().contains("CPU"), e.getMessage());
    }

    @Test
    void anExceptionOfTheWorkReachesTheTest() {
        assertThrows(IllegalStateException.class, () -> CpuBound.call(Duration.ofSeconds(5), () -> {
            throw new IllegalStateException("boom");
        }));
    }
}
