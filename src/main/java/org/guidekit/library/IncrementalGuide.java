package org.guidekit.library;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;

import org.guidekit.error.GuidekitException;
import org.guidekit.error.IoReason;
import org.guidekit.error.OutputException;
import org.guidekit.model.Guide;
import org.guidekit.render.RenderOptions;
import org.guidekit.render.Renderer;
import org.guidekit.render.Rendition;

/**
 * One guide's formats: each is rendered only when its declared inputs ({@link Renderer#inputs}) changed since the
 * last build, or always with {@code force}. A format the guide cannot have is skipped with a note when the formats
 * were not named ({@code skipUnsupported}), and fails the guide when they were.
 */
record IncrementalGuide(Path file, Guide guide, BuildManifest manifest, Path out, boolean force,
                        boolean skipUnsupported) {

    GuideOutcome build(List<Renderer> renderers, RenderOptions options) {
        List<Path> written = new ArrayList<>();
        List<String> removed = new ArrayList<>(); // formats whose earlier output went
        int pages = 0;
        double seconds = 0;
        boolean rendered = false;
        Map<String, List<String>> skipped = new TreeMap<>(); // reason -> formats
        manifest.describe(guide.name(), new BuildManifest.About(guide.metadata().language(),
                GuideDescription.of(guide), guide.metadata().draft()));
        for (Renderer r : renderers) {
            Optional<String> unsupported = skipUnsupported ? r.unsupported(guide) : Optional.empty();
            if (unsupported.isPresent()) {
                skipped.computeIfAbsent(unsupported.get(), k -> new ArrayList<>()).add(r.format());
                if (removeEarlierOutput(r.format())) {
                    removed.add(r.format());
                }
                continue;
            }
            String fingerprint = fingerprint(r, guide, options, out);
            if (!force && current(r, guide, fingerprint, manifest, out)) {
                continue;
            }
            try {
                Rendition rendition = r.render(guide, options, out.resolve(guide.name()));
                written.addAll(rendition.files());
                pages += rendition.pages();
                seconds = Math.max(seconds, rendition.audioSeconds()); // audio and DAISY say the same words
                rendered = true;
                List<BuildManifest.Stamp> stamps = rendition.files().stream()
                        .map(f -> BuildManifest.Stamp.of(out, f)).toList();
                manifest.record(guide.name(), file.toString(), guide.metadata().title(), r.format(),
                        new BuildManifest.Output(fingerprint, stamps));
                manifest.save();
            } catch (GuidekitException e) {
                return new GuideOutcome(file, GuideOutcome.Status.FAILED, written, pages, seconds,
                        Optional.of(e), notes(skipped, removed)); // the formats made before the failure still count
            }
        }
        return new GuideOutcome(file, rendered ? GuideOutcome.Status.RENDERED : GuideOutcome.Status.SKIPPED, written,
                pages, seconds, Optional.empty(), notes(skipped, removed));
    }

    /**
     * True when a build would render no format of {@code guide}: each of {@code renderers} it can have (or, when
     * the formats were named, each of them) is {@link #current}. The workspace's "up to date" is this answer.
     */
    static boolean upToDate(Guide guide, List<Renderer> renderers, RenderOptions options, BuildManifest manifest,
                            Path out, boolean skipUnsupported) {
        for (Renderer r : renderers) {
            if (skipUnsupported && r.unsupported(guide).isPresent()) {
                continue; // the build skips it too
            }
            if (!current(r, guide, fingerprint(r, guide, options, out), manifest, out)) {
                return false;
            }
        }
        return true;
    }

    /** The format's declared inputs, as the manifest records them. */
    private static String fingerprint(Renderer r, Guide guide, RenderOptions options, Path out) {
        return r.inputs(guide, options, out.resolve(guide.name())).hex();
    }

    /** The format was made from the same inputs, and its files are as they were written. */
    private static boolean current(Renderer r, Guide guide, String fingerprint, BuildManifest manifest, Path out) {
        return manifest.upToDate(guide.name(), r.format(), fingerprint, out);
    }

    /**
     * A format the guide can no longer have (its language changed, say) must not keep serving the old text: its
     * files and its manifest record go.
     *
     * @return true when there was earlier output to remove
     */
    private boolean removeEarlierOutput(String format) {
        Optional<BuildManifest.Output> old = manifest.output(guide.name(), format);
        if (old.isEmpty()) {
            return false;
        }
        Path guideDir = out.resolve(guide.name());
        try {
            for (BuildManifest.Stamp s : old.get().files()) {
                Path f = out.resolve(s.path());
                Files.deleteIfExists(f);
                for (Path dir = f.getParent(); dir != null && dir.startsWith(guideDir) && !dir.equals(guideDir)
                        && isEmpty(dir); dir = dir.getParent()) {
                    Files.delete(dir);
                }
            }
        } catch (IOException e) {
            throw new OutputException(guideDir + ": cannot remove the earlier " + format + " output ("
                    + IoReason.of(e) + ")", e);
        }
        manifest.removeFormat(guide.name(), format);
        manifest.save();
        return true;
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (java.util.stream.Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }

    private List<String> notes(Map<String, List<String>> skipped, List<String> removed) {
        List<String> notes = new ArrayList<>();
        skipped.forEach((why, formats) -> notes.add(file + ": no " + String.join(" or ", formats) + " for this guide ("
                + why + ")" + (removed.isEmpty() ? "" : "; the earlier " + String.join(" and ", removed)
                + " output was removed")));
        return notes;
    }
}
