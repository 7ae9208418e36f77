package org.guidekit.serve;

import java.util.List;
import java.util.Optional;
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
    /** How the last build ended; empty until one has. */
    private volatile Optional<BuildResult> result = Optional.empty();

    BuildTask(Library library) {
        this.library = library;
    }

    boolean running() {
        return log.open();
    }

    List<String> log() {
        return log.lines();
    }

    /** How the last build that ended went: the guides not built first; empty before the first has ended. */
    Optional<BuildResult> result() {
        return running() ? Optional.empty() : result;
    }

    /** Starts a build unless one is running; returns false when one already is. */
    synchronized boolean start() {
        if (!log.start()) {
            return false;
        }
        result = Optional.empty();
        worker.submit(this::run);
        return true;
    }

    private void run() {
        String ending = "The build stopped.";
        try (BuildSession session = library.session()) {
            say("Building every guide in the content folder ...");
            List<GuideOutcome> outcomes = session.build(Runtime.getRuntime().availableProcessors(), false, this);
            BuildResult r = new BuildResult(outcomes.size(), outcomes.stream()
                    .filter(o -> o.status() == GuideOutcome.Status.FAILED).map(this::notBuilt).toList());
            result = Optional.of(r);
            ending = r.summary();
            say(ending);
        } catch (GuidekitException e) {
            ending = "The build stopped: " + BuildResult.reason(e);
            result = Optional.of(new BuildResult(0, List.of(new BuildResult.NotBuilt("", "The library",
                    BuildResult.reason(e)))));
            say(ending);
        } catch (RuntimeException e) {
            ending = "The build stopped because of an error in guidekit (" + e.getClass().getSimpleName()
                    + "); the details are in the workspace's log.";
            result = Optional.of(new BuildResult(0, List.of(new BuildResult.NotBuilt("", "The library",
                    "an error in guidekit"))));
            say(ending);
            e.printStackTrace();
        } finally {
            log.finish(ending);
        }
    }

    private BuildResult.NotBuilt notBuilt(GuideOutcome o) {
        String file = library.files().name(o.source());
        String title;
        try {
            title = library.read(o.source()).metadata().title();
        } catch (GuidekitException | java.io.UncheckedIOException e) {
            title = file; // a guide that cannot be read is named by its file
        }
        return new BuildResult.NotBuilt(file, title, o.failure().map(BuildResult::reason).orElse("it failed"));
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
            case FAILED -> say(name + ": not built: " + o.failure().map(BuildResult::reason).orElse("it failed"));
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
            public void done(String ending) {
                // "failed" when a guide was not built, so the page says so as a problem, not "finished"
                send(client, result.map(BuildResult::ok).orElse(false) ? "done" : "failed", ending);
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
