package org.guidekit.serve;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.guidekit.error.GuidekitException;
import org.guidekit.library.BuildListener;
import org.guidekit.library.BuildSession;
import org.guidekit.library.GuideOutcome;

import io.javalin.http.sse.SseClient;

/**
 * The build button: one library build at a time, in the background, exactly as {@code guidekit build} runs it
 * (the same {@link BuildSession}: the settings and formats of {@code guidekit.yaml}, the speech cache, the
 * manifest). Each step is a line of the log, which the build page
 * shows and streams to the browser as server-sent events; the outputs are listed when it ends.
 */
final class BuildTask implements BuildListener {
    private final Library library;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "guidekit-workspace-build");
        t.setDaemon(true);
        return t;
    });
    private final BuildLog log = new BuildLog();
    private volatile List<Path> outputs = List.of();

    BuildTask(Library library) {
        this.library = library;
    }

    boolean running() {
        return log.open();
    }

    List<String> log() {
        return log.lines();
    }

    /** Every file the last build wrote or kept. */
    List<Path> outputs() {
        return outputs;
    }

    /** Starts a build unless one is running; returns false when one already is. */
    synchronized boolean start() {
        if (!log.start()) {
            return false;
        }
        outputs = List.of();
        worker.submit(this::run);
        return true;
    }

    private void run() {
        try (BuildSession session = library.session()) {
            say("Building every guide in " + library.files().root() + " ...");
            List<GuideOutcome> outcomes = session.build(Runtime.getRuntime().availableProcessors(), false, this);
            List<Path> written = new ArrayList<>();
            long failed = outcomes.stream().filter(o -> o.status() == GuideOutcome.Status.FAILED).count();
            outcomes.forEach(o -> written.addAll(o.files()));
            outputs = List.copyOf(written);
            say(failed == 0 ? "Done: every guide is built." : "Done, but " + failed + " of " + outcomes.size()
                    + " guides could not be built; see above.");
        } catch (GuidekitException e) {
            say("The build stopped: " + e.getMessage());
        } catch (RuntimeException e) {
            say("The build stopped because of an error in guidekit (" + e + "); the details are in the terminal.");
            e.printStackTrace();
        } finally {
            log.finish();
        }
    }

    @Override
    public void started(int guides) {
        say(guides + (guides == 1 ? " guide" : " guides") + " to look at.");
    }

    @Override
    public void guideStarted(String name) {
        say(name + ": building ...");
    }

    @Override
    public void guideFinished(GuideOutcome o) {
        String name = library.files().name(o.source());
        switch (o.status()) {
            case RENDERED -> say(name + ": built (" + o.files().size() + (o.files().size() == 1 ? " file)." : " files)."));
            case SKIPPED -> say(name + ": up to date.");
            case FAILED -> say(name + ": not built: " + o.failure().map(Throwable::getMessage).orElse("failed"));
            default -> throw new IllegalStateException();
        }
        o.notes().forEach(n -> say(name + ": note: " + n));
    }

    private void say(String line) {
        log.add(line);
    }

    /** A browser following the log: it gets the lines so far, then each new one, then "done". */
    void follow(SseClient client) {
        client.keepAlive();
        BuildLog.Follower follower = new BuildLog.Follower() {
            @Override
            public void line(String line) {
                send(client, "line", line);
            }

            @Override
            public void done() {
                send(client, "done", "done");
            }
        };
        client.onClose(() -> log.unfollow(follower));
        log.follow(follower);
    }

    private static void send(SseClient c, String event, String data) {
        if (!c.terminated()) {
            c.sendEvent(event, data.replace('\n', ' '));
        }
    }

    /**
     * Stops a running build. Browsers following the log are not closed here: the server has stopped by now and
     * closes their connections (closing a client of a finished request makes Javalin spin).
     */
    void close() {
        worker.shutdownNow();
        log.unfollowAll();
    }
}
