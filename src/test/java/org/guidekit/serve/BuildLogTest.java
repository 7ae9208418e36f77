package org.guidekit.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class BuildLogTest {
    /** What a browser would show: the lines, and "done" at the end, which closes its event stream. */
    static final class Browser implements BuildLog.Follower {
        final List<String> shown = new ArrayList<>();
        boolean closed;

        @Override
        public synchronized void line(String line) {
            if (!closed) {
                shown.add(line);
            }
        }

        @Override
        public synchronized void done(String ending) {
            if (!closed) {
                shown.add("done " + ending);
                closed = true;
            }
        }
    }

    @Test
    void aFollowerGetsTheLinesSoFarThenTheNewOnesThenDone() {
        BuildLog log = new BuildLog();
        assertTrue(log.start());
        assertFalse(log.start(), "one build at a time");
        log.add("a");
        Browser b = new Browser();
        log.follow(b);
        log.add("b");
        log.finish("ended");
        assertEquals(List.of("a", "b", "done ended"), b.shown);
        Browser late = new Browser();
        log.follow(late);
        assertEquals(List.of("a", "b", "done ended"), late.shown);
        assertTrue(log.start());
        assertEquals(List.of(), log.lines(), "a new build starts a new log");
    }

    @Test
    void browsersJoiningWhileTheBuildEndsSeeEveryLineOnceInOrder() throws Exception {
        // The build says its lines from several threads and ends while browsers join; each browser must show the
        // whole log, once, in order, then "done" (a browser joining as a build ended once got "done" amid its
        // replay and showed three lines of seven).
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 50; round++) {
                BuildLog log = new BuildLog();
                log.start();
                List<Browser> browsers = new ArrayList<>();
                CountDownLatch go = new CountDownLatch(1);
                List<Future<?>> work = new ArrayList<>();
                for (int w = 0; w < 2; w++) {
                    int writer = w;
                    work.add(pool.submit(() -> {
                        go.await();
                        for (int i = 0; i < 200; i++) {
                            log.add(writer + ":" + i);
                        }
                        return null;
                    }));
                }
                for (int j = 0; j < 20; j++) {
                    Browser b = new Browser();
                    browsers.add(b);
                    work.add(pool.submit(() -> {
                        go.await();
                        log.follow(b);
                        return null;
                    }));
                }
                go.countDown();
                work.get(0).get();
                work.get(1).get();
                log.finish("ended");
                for (Future<?> f : work) {
                    f.get(10, TimeUnit.SECONDS);
                }
                List<String> whole = new ArrayList<>(log.lines());
                whole.add("done ended");
                for (Browser b : browsers) {
                    assertEquals(whole, b.shown, "round " + round);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
