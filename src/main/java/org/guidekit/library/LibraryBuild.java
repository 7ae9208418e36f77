package org.guidekit.library;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Stream;

import org.guidekit.check.CheckSettings;
import org.guidekit.error.IoReason;
import org.guidekit.error.OutputException;
import org.guidekit.error.UsageException;
import org.guidekit.read.MarkdownGuideReader;
import org.guidekit.render.AtomicOutput;
import org.guidekit.render.RenderOptions;
import org.guidekit.render.Renderer;

/**
 * The one render loop behind {@code guidekit build} and {@code guidekit render}: reads each guide once, runs the
 * safety checks, renders each format whose declared inputs changed (or every format with {@code force}), records
 * what it wrote in the manifest, and reports a broken guide without stopping the others.
 *
 * <p>{@link #build} renders a whole content folder incrementally, removes the outputs of deleted guides and writes
 * the index page; {@link #render} renders the named files always. Both lock the output folder while they write.
 */
final class LibraryBuild {
    private final List<Renderer> renderers;
    private final RenderOptions options;
    private final Path out;
    private final int jobs;
    private final boolean force;
    private final boolean skipUnsupported;
    private final BuildListener listener;
    private final CheckSettings gate;

    /**
     * @param renderers       the formats, in the order they run (from one {@link org.guidekit.library.Renderers})
     * @param force           render every format even when its inputs are unchanged ({@code build}: also replace
     *                        the outputs of another content folder)
     * @param skipUnsupported when the formats were not named: skip, with a note, a format a guide cannot have
     *                        (audio for a guide in Spanish) instead of failing the guide
     */
    LibraryBuild(List<Renderer> renderers, RenderOptions options, Path out, int jobs, boolean force,
                 boolean skipUnsupported, BuildListener listener) {
        this(renderers, options, out, jobs, force, skipUnsupported, listener, SafetyGate.settings());
    }

    /** @param gate the safety gate's check settings before each folder's shared lists are added */
    LibraryBuild(List<Renderer> renderers, RenderOptions options, Path out, int jobs, boolean force,
                 boolean skipUnsupported, BuildListener listener, CheckSettings gate) {
        this.gate = gate;
        this.renderers = List.copyOf(renderers);
        this.options = options;
        this.out = out.toAbsolutePath().normalize();
        this.jobs = Math.max(1, jobs);
        this.force = force;
        this.skipUnsupported = skipUnsupported;
        this.listener = listener;
    }

    /** Where builds into {@code out} keep spoken sections for reuse: in its state folder, never published. */
    static Path speechCache(Path out) {
        return StateFolder.of(out).resolve("speech-cache");
    }

    /** Builds every guide under {@code content}; returns one outcome per guide file, in file order. */
    List<GuideOutcome> build(Path content) {
        return build(BuildContext.of(content));
    }

    /** Builds every guide under the content folder of {@code context}, read once by the session. */
    List<GuideOutcome> build(BuildContext context) {
        Path content = context.root();
        try (OutputState state = new OutputState(out)) {
            BuildManifest manifest = state.open();
            removeLeftovers();
            List<Path> files = GuideFiles.find(List.of(content));
            removeDeleted(files, manifest, context.root());
            manifest.contentRoot(context.root());
            listener.started(files.size());
            if (force && !files.isEmpty()) {
                renderers.forEach(Renderer::warmUp); // every format of every guide is rendered
            }
            List<GuideOutcome> outcomes = run(files, f -> context, state, force);
            manifest.save();
            LibraryIndex.write(out, manifest, context.settings());
            return outcomes;
        }
    }

    /**
     * Renders the named guide files, always, each with the shared lists of its own content root (see
     * {@link BuildContext#rootOf}); returns one outcome per distinct file.
     */
    List<GuideOutcome> render(List<Path> files) {
        Map<Path, BuildContext> byRoot = new HashMap<>();
        Map<Path, BuildContext> byFile = new HashMap<>();
        List<Path> distinct = GuideFiles.distinct(files);
        for (Path f : distinct) { // resolved once, before the workers start
            byFile.put(f, byRoot.computeIfAbsent(BuildContext.rootOf(f), BuildContext::of));
        }
        listener.started(distinct.size());
        renderers.forEach(Renderer::warmUp); // every format of every named guide is rendered
        try (OutputState state = new OutputState(out)) {
            List<GuideOutcome> outcomes = run(distinct, byFile::get, state, true);
            if (state.isOpen() && state.open().changed()) {
                state.open().save();
            }
            return outcomes;
        }
    }

    private List<GuideOutcome> run(List<Path> files, Function<Path, BuildContext> contexts, OutputState state,
                                   boolean always) {
        Map<String, Path> firstByName = new LinkedHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(jobs, r -> {
            Thread t = new Thread(r, "guidekit-build");
            t.setDaemon(true);
            return t;
        });
        GuideJob job = new GuideJob(renderers, options, out, always, skipUnsupported, listener, gate);
        try {
            List<Future<GuideOutcome>> futures = new ArrayList<>();
            for (Path file : files) {
                Path first = firstByName.putIfAbsent(MarkdownGuideReader.name(file), file);
                BuildContext context = contexts.apply(file);
                futures.add(first == null ? pool.submit(() -> job.run(file, context, state))
                        : pool.submit(() -> job.duplicate(file, first)));
            }
            List<GuideOutcome> outcomes = new ArrayList<>();
            for (Future<GuideOutcome> f : futures) {
                outcomes.add(join(f));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    private static GuideOutcome join(Future<GuideOutcome> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("build interrupted", e);
        } catch (ExecutionException e) {
            // GuideJob turns every failure into an outcome; reaching this is a bug in the loop itself.
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * Removes the outputs of guides that are no longer in the content folder. Outputs made from another content
     * folder, or a content folder with no guides at all, are never deleted silently: that is refused unless
     * {@code --force}, since it usually means a mistyped folder.
     */
    private void removeDeleted(List<Path> files, BuildManifest manifest, Path root) {
        List<String> names = files.stream().map(MarkdownGuideReader::name).toList();
        List<BuildManifest.Entry> gone = manifest.entries().stream().filter(e -> !names.contains(e.name())).toList();
        if (gone.isEmpty()) {
            return;
        }
        String recorded = manifest.contentRoot().orElse(root.toString());
        if (!force && !recorded.equals(root.toString())) {
            throw new UsageException(out + " holds guides built from " + recorded + ", not from " + root + "; "
                    + "building would delete " + gone.size() + " of them. Use another --out folder, or --force to "
                    + "replace them with the guides of " + root);
        }
        if (!force && files.isEmpty()) {
            throw new UsageException(root + " holds no guides, and building it would delete all " + gone.size()
                    + " guides in " + out + ". Check the folder name, or use --force to empty " + out);
        }
        for (BuildManifest.Entry e : gone) {
            try {
                AtomicOutput.deleteTree(out.resolve(e.name()));
            } catch (IOException ex) {
                throw new OutputException(out.resolve(e.name()) + ": cannot remove the output of a deleted "
                        + "guide (" + IoReason.of(ex) + ")", ex);
            }
            manifest.remove(e.name());
        }
    }

    /** Deletes temp files an interrupted build left behind. */
    private void removeLeftovers() {
        try (Stream<Path> walk = Files.walk(out, 3)) {
            for (Path p : walk.filter(p -> p.getFileName().toString().startsWith(".")
                    && p.getFileName().toString().endsWith(AtomicOutput.PART_SUFFIX)).toList()) {
                AtomicOutput.deleteTree(p);
            }
        } catch (IOException e) {
            throw new OutputException(out + ": cannot clean up after an earlier build (" + IoReason.of(e) + ")", e);
        } catch (java.io.UncheckedIOException e) {
            throw new OutputException(out + ": cannot clean up after an earlier build (" + IoReason.of(e.getCause())
                    + ")", e.getCause());
        }
    }
}
