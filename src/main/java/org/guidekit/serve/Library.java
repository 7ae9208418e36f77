package org.guidekit.serve;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.Supplier;

import org.guidekit.check.GuideReport;
import org.guidekit.error.IoReason;
import org.guidekit.library.BuildContext;
import org.guidekit.library.BuildSession;
import org.guidekit.model.Guide;
import org.guidekit.read.MarkdownGuideReader;
import org.guidekit.render.RenderOptions;
import org.guidekit.render.pdf.PagePreview;

/**
 * The workspace's warm view of the content folder: each guide's review (exactly what {@code check} reports) and
 * its handout preview, computed once per version of the guide and of the shared files, and kept while the
 * server runs. This is what makes a save answer in a fraction of a second.
 */
final class Library implements AutoCloseable {
    private final ContentFiles files;
    private final Path out;
    private final Map<Path, Cached<GuideReport>> reports = new ConcurrentHashMap<>();
    private final Map<Path, Cached<PagePreview>> previews = new ConcurrentHashMap<>();
    private final Duration answerWithin;
    private final Map<String, CompletableFuture<?>> running = new ConcurrentHashMap<>();
    /** One review at a time, beside the server's threads: the other core keeps answering. */
    private final ExecutorService checks = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "guidekit-check");
        t.setDaemon(true);
        return t;
    });

    private record Cached<T>(String key, T value) {
    }

    Library(ContentFiles files, Path out) {
        this(files, out, ANSWER_WITHIN);
    }

    Library(ContentFiles files, Path out, Duration answerWithin) {
        this.answerWithin = answerWithin;
        this.files = files;
        this.out = out.toAbsolutePath().normalize();
    }

    ContentFiles files() {
        return files;
    }

    Path out() {
        return out;
    }

    /** The shared lists and settings, read now (they may have been edited). */
    BuildContext context() {
        return BuildContext.of(files.root());
    }

    /**
     * A session over the content folder as it is now (the settings may have been edited): the same composition
     * root {@code guidekit build} and {@code check} use, so the workspace's options, formats, speech cache and
     * "up to date" are theirs. Close it when done.
     */
    BuildSession session() {
        return BuildSession.open(files.root(), out, BuildSession.Choices.none());
    }

    /** The options the workspace previews and speaks with: the session's, so those a build renders with. */
    RenderOptions options() {
        try (BuildSession session = session()) {
            return session.guideOptions();
        }
    }

    /** The full review of {@code file}, as {@code guidekit check} gives it. */
    GuideReport review(Path file) {
        return cached(reports, file, session -> session.review(file, OptionalInt.empty()));
    }

    /** The longest a page waits for the reviews it shows; the rest go on and the page says they are running. */
    static final Duration ANSWER_WITHIN = Duration.ofSeconds(4);

    /** The deadline of a page asked for now: {@link #ANSWER_WITHIN}, or what the tests chose. */
    long pageDeadline() {
        return System.nanoTime() + answerWithin.toNanos();
    }

    /**
     * The review of {@code file} if it is ready by {@code deadline} ({@link System#nanoTime}), else empty while it
     * goes on in the background: a long guide takes seconds to check, and a page must answer all the same. A
     * review asked for again while it runs is the same run, not a second one.
     */
    Optional<GuideReport> reviewBy(Path file, long deadline) {
        return by("review", file, deadline, () -> review(file));
    }

    /** The handout preview of {@code file} if it is laid out by {@code deadline}, else empty while it goes on. */
    Optional<PagePreview> previewBy(Path file, long deadline) {
        return by("preview", file, deadline, () -> preview(file));
    }

    /** {@code make}'s result for this version of {@code file} by {@code deadline}, made on the background thread. */
    private <T> Optional<T> by(String what, Path file, long deadline, Supplier<T> make) {
        String version = what + "\n" + file + "\n" + key(file);
        @SuppressWarnings("unchecked")
        CompletableFuture<T> run = (CompletableFuture<T>) running.compute(version, (v, old) ->
                old != null && !old.isCompletedExceptionally() ? old : CompletableFuture.supplyAsync(make, checks));
        try {
            return Optional.of(run.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS));
        } catch (TimeoutException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            if (run.isDone()) {
                running.remove(version, run); // the next request asks the cache, which knows the guide's version
            }
        }
    }

    /** The guide read into the model (a mistake in it is thrown as a ContentException). */
    Guide read(Path file) {
        return MarkdownGuideReader.read(file, MarkdownGuideReader.readSource(file));
    }

    /** The handout of {@code file} laid out in memory, for page pictures. */
    PagePreview preview(Path file) {
        return cached(previews, file, session -> PagePreview.of(read(file),
                session.guideOptions()));
    }

    /** What {@code cache} holds for this version of {@code file} and the shared files, made now if it has none. */
    private <T> T cached(Map<Path, Cached<T>> cache, Path file, Function<BuildSession, T> make) {
        String key = key(file);
        Cached<T> c = cache.get(file);
        if (c != null && c.key().equals(key)) {
            return c.value();
        }
        T value;
        try (BuildSession session = session()) {
            value = make.apply(session);
        }
        cache.put(file, new Cached<>(key, value));
        return value;
    }

    /** What decides a review or preview: the guide's bytes and the shared files' bytes. */
    private String key(Path file) {
        // A named pipe is not opened here (it would block): the review's reader refuses it by name.
        StringBuilder b = new StringBuilder(IoReason.notRegular(file) != null ? "not-a-file"
                : SafeSave.open(file).version());
        for (String name : ContentFiles.SETTINGS) {
            b.append('/').append(SafeSave.open(files.root().resolve(name)).version());
        }
        return b.toString();
    }

    @Override
    public void close() {
        checks.shutdownNow();
    }
}
