package org.guidekit.build;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.guidekit.error.GuidekitException;
import org.guidekit.model.Guide;
import org.guidekit.read.MarkdownGuideReader;
import org.guidekit.read.PronunciationListReader;
import org.guidekit.render.RenderOptions;
import org.guidekit.render.Renderer;
import org.guidekit.render.Rendition;

/**
 * Renders one guide into {@code out/<name>/} with some renderers. Reading happens first, so a guide with content
 * problems writes nothing at all; each renderer's files are written atomically.
 */
final class GuideJob {
    private GuideJob() {
    }

    /** The guide with the clinic-wide pronunciation list of its folder merged into the options. */
    static RenderOptions optionsFor(Path file, RenderOptions options) {
        Map<String, String> shared = PronunciationListReader.readFrom(file.toAbsolutePath().getParent());
        if (shared.isEmpty()) {
            return options;
        }
        return options.withSharedPronunciations(shared);
    }

    /** Renders an already-read guide; failures become a FAILED outcome, never an exception. */
    static GuideOutcome render(Path file, Guide guide, List<Renderer> renderers, RenderOptions options, Path out) {
        List<Path> written = new ArrayList<>();
        int pages = 0;
        double seconds = 0;
        try {
            RenderOptions withList = optionsFor(file, options);
            for (Renderer r : renderers) {
                Rendition rendition = r.render(guide, withList, out.resolve(guide.name()));
                written.addAll(rendition.files());
                pages += rendition.pages();
                seconds = Math.max(seconds, rendition.audioSeconds()); // audio and DAISY say the same words
            }
            return new GuideOutcome(file, GuideOutcome.Status.RENDERED, written, pages, seconds,
                    java.util.Optional.empty());
        } catch (GuidekitException e) {
            return new GuideOutcome(file, GuideOutcome.Status.FAILED, written, pages, seconds,
                    java.util.Optional.of(e)); // the formats made before the failure still count
        }
    }

    /** Reads and renders a file. */
    static GuideOutcome readAndRender(Path file, List<Renderer> renderers, RenderOptions options, Path out) {
        try {
            Guide guide = MarkdownGuideReader.read(file);
            SafetyGate.check(file, guide);
            // Locked only once there is something to write, so a bad guide leaves the output folder untouched.
            try (OutputLock lock = OutputLock.acquire(out)) {
                return render(file, guide, renderers, options, out);
            }
        } catch (GuidekitException e) {
            return GuideOutcome.failed(file, List.of(), e);
        }
    }
}
