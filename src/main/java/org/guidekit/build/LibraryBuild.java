package org.guidekit.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.guidekit.error.GuidekitException;
import org.guidekit.error.IoReason;
import org.guidekit.error.OutputException;
import org.guidekit.model.Guide;
import org.guidekit.read.MarkdownGuideReader;
import org.guidekit.render.AtomicOutput;
import org.guidekit.render.RenderOptions;
import org.guidekit.render.Renderer;

/**
 * {@code guidekit build}: renders a whole content folder into an output folder, in parallel and incrementally.
 *
 * <p>Guides whose inputs are unchanged since the last build (see {@link Fingerprint}) are skipped; outputs of
 * guides deleted from the content folder are removed; a broken guide is reported and the others go on. The
 * output folder is locked for the duration, and the manifest is saved after every guide so an interrupted build
 * picks up where it stopped.
 */
public final class LibraryBuild {
    private final List<Renderer> renderers;
    private final RenderOptions options;
    private final Path out;
    private final int jobs;
    private final boolean force;
    private final boolean skipUnsupported;
    private final BuildListener listener;

    /**
     * @param skipUnsupported when the formats were not named: skip, with a note, a format a guide cannot have
     *                        (audio for a guide in Spanish) instead of failing the guide
     */
    public LibraryBuild(List<Renderer> renderers, RenderOptions options, Path out, int jobs, boolean force,
                        boolean skipUnsupported, BuildListener listener) {
        this.renderers = List.copyOf(renderers);
        this.options = options;
        this.out = out.toAbsolutePath().normalize();
        this.jobs = Math.max(1, jobs);
        this.force = force;
        this.skipUnsupported = skipUnsupported;
        this.listener = listener;
    }

    /** Builds every guide under {@code content}; returns one outcome per guide file, in file order. */
    public List<GuideOutcome> build(Path content) {
        try (OutputLock lock = OutputLock.acquire(out)) {
            removeLeftovers();
            List<Path> files = GuideFiles.find(List.of(content));
            BuildManifest manifest = BuildManifest.load(out);
            removeDeleted(files, manifest);
            listener.started(files.size());
            List<GuideOutcome> outcomes = renderAll(files, manifest);
            manifest.save();
            LibraryIndex.write(out, manifest.entries());
            return outcomes;
        }
    }

    private List<GuideOutcome> renderAll(List<Path> files, BuildManifest manifest) {
        Map<String, Path> firstByName = new HashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(jobs, r -> {
            Thread t = new Thread(r, "guidekit-build");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<GuideOutcome>> futures = new ArrayList<>();
            for (Path file : files) {
                Path first = firstByName.putIfAbsent(MarkdownGuideReader.name(file), file);
                futures.add(first == null ? pool.submit(() -> buildOne(file, manifest))
                        : pool.submit(() -> duplicate(file, first)));
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

    private GuideOutcome duplicate(Path file, Path first) {
        GuideOutcome o = GuideOutcome.failed(file, List.of(), GuideFiles.sameName(file, first));
        listener.guideFinished(o);
        return o;
    }

    private GuideOutcome buildOne(Path file, BuildManifest manifest) {
        listener.guideStarted(MarkdownGuideReader.name(file));
        GuideOutcome outcome;
        try {
            Guide guide = MarkdownGuideReader.read(file);
            SafetyGate.check(file, guide);
            outcome = new IncrementalGuide(file, guide, manifest, out, force, skipUnsupported)
                    .build(renderers, options);
        } catch (GuidekitException e) {
            outcome = GuideOutcome.failed(file, List.of(), e);
        }
        outcome = stillPublished(outcome, manifest);
        listener.guideFinished(outcome);
        return outcome;
    }

    /**
     * A failed guide's earlier output stays in place (nothing is deleted because of a typo), but staff must know
     * that patients would get the old text, perhaps with an old dose.
     */
    private GuideOutcome stillPublished(GuideOutcome o, BuildManifest manifest) {
        String name = MarkdownGuideReader.name(o.source());
        if (o.status() != GuideOutcome.Status.FAILED || manifest.get(name).isEmpty()) {
            return o;
        }
        List<String> notes = new ArrayList<>(o.notes());
        notes.add(o.source() + ": the previous version is still in " + out.resolve(name) + "; fix the problem "
                + "above and build again, or delete that folder so the old text is not handed out");
        return new GuideOutcome(o.source(), o.status(), o.files(), o.pages(), o.audioSeconds(), o.failure(), notes);
    }

    private static GuideOutcome join(Future<GuideOutcome> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("build interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Removes the outputs of guides that are no longer in the content folder. */
    private void removeDeleted(List<Path> files, BuildManifest manifest) {
        List<String> names = files.stream().map(MarkdownGuideReader::name).toList();
        for (BuildManifest.Entry e : manifest.entries()) {
            if (!names.contains(e.name())) {
                try {
                    AtomicOutput.deleteTree(out.resolve(e.name()));
                } catch (IOException ex) {
                    throw new OutputException(out.resolve(e.name()) + ": cannot remove the output of a deleted "
                            + "guide (" + IoReason.of(ex) + ")", ex);
                }
                manifest.remove(e.name());
            }
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
