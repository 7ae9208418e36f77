package org.guidekit.build;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;

import org.guidekit.error.GuidekitException;
import org.guidekit.model.Guide;
import org.guidekit.render.RenderOptions;
import org.guidekit.render.Renderer;
import org.guidekit.render.Rendition;

/** One guide of a library build: each format is rendered only when its fingerprint changed. */
final class IncrementalGuide {
    private final Path file;
    private final Guide guide;
    private final BuildManifest manifest;
    private final Path out;
    private final boolean force;
    private final boolean skipUnsupported;

    /** @param skipUnsupported skip, with a note, formats the guide cannot have (when none were named) */
    IncrementalGuide(Path file, Guide guide, BuildManifest manifest, Path out, boolean force,
                     boolean skipUnsupported) {
        this.file = file;
        this.guide = guide;
        this.manifest = manifest;
        this.out = out;
        this.force = force;
        this.skipUnsupported = skipUnsupported;
    }

    GuideOutcome build(List<Renderer> renderers, RenderOptions options) {
        RenderOptions withList = GuideJob.optionsFor(file, options);
        List<Path> written = new ArrayList<>();
        int pages = 0;
        double seconds = 0;
        boolean rendered = false;
        Map<String, List<String>> skipped = new TreeMap<>(); // reason -> formats
        for (Renderer r : renderers) {
            Optional<String> unsupported = skipUnsupported ? r.unsupported(guide) : Optional.empty();
            if (unsupported.isPresent()) {
                skipped.computeIfAbsent(unsupported.get(), k -> new ArrayList<>()).add(r.format());
                continue;
            }
            String fingerprint = Fingerprint.of(file, guide, withList, r.format());
            if (!force && manifest.upToDate(guide.name(), r.format(), fingerprint, out)) {
                continue;
            }
            try {
                Rendition rendition = r.render(guide, withList, out.resolve(guide.name()));
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
                        Optional.of(e), notes(skipped)); // the formats made before the failure still count
            }
        }
        return new GuideOutcome(file, rendered ? GuideOutcome.Status.RENDERED : GuideOutcome.Status.SKIPPED, written,
                pages, seconds, Optional.empty(), notes(skipped));
    }

    private List<String> notes(Map<String, List<String>> skipped) {
        List<String> notes = new ArrayList<>();
        skipped.forEach((why, formats) -> notes.add(file + ": no " + String.join(" or ", formats) + " for this guide ("
                + why + ")"));
        return notes;
    }
}
