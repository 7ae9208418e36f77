package org.guidekit.build;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

    IncrementalGuide(Path file, Guide guide, BuildManifest manifest, Path out, boolean force) {
        this.file = file;
        this.guide = guide;
        this.manifest = manifest;
        this.out = out;
        this.force = force;
    }

    GuideOutcome build(List<Renderer> renderers, RenderOptions options) {
        RenderOptions withList = GuideJob.optionsFor(file, options);
        List<Path> written = new ArrayList<>();
        int pages = 0;
        double seconds = 0;
        boolean rendered = false;
        for (Renderer r : renderers) {
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
                        Optional.of(e)); // the formats made before the failure still count
            }
        }
        return rendered ? new GuideOutcome(file, GuideOutcome.Status.RENDERED, written, pages, seconds,
                Optional.empty()) : GuideOutcome.skipped(file);
    }
}
