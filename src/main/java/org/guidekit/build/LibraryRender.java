package org.guidekit.build;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.guidekit.error.GuidekitException;
import org.guidekit.model.Guide;
import org.guidekit.read.MarkdownGuideReader;
import org.guidekit.read.PronunciationListReader;
import org.guidekit.render.RenderOptions;
import org.guidekit.render.Renderer;

/**
 * Renders guide files into an output folder, each into {@code out/<name>/}. A guide that fails is recorded and
 * the others go on.
 */
public final class LibraryRender {
    private final List<Renderer> renderers;
    private final RenderOptions options;
    private final Path out;

    public LibraryRender(List<Renderer> renderers, RenderOptions options, Path out) {
        this.renderers = List.copyOf(renderers);
        this.options = options;
        this.out = out;
    }

    /** Renders every file; never throws for a single guide's failure. */
    public List<GuideResult> render(List<Path> files) {
        List<GuideResult> results = new ArrayList<>();
        for (Path file : files) {
            results.add(renderOne(file));
        }
        return results;
    }

    private GuideResult renderOne(Path file) {
        List<Path> written = new ArrayList<>();
        try {
            Guide guide = MarkdownGuideReader.read(file);
            RenderOptions withList = withSharedPronunciations(file);
            Path guideDir = out.resolve(guide.name());
            for (Renderer r : renderers) {
                written.addAll(r.render(guide, withList, guideDir));
            }
            return new GuideResult(file, written, Optional.empty());
        } catch (GuidekitException e) {
            return new GuideResult(file, written, Optional.of(e));
        }
    }

    private RenderOptions withSharedPronunciations(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        Map<String, String> shared = PronunciationListReader.readFrom(folder);
        if (shared.isEmpty()) {
            return options;
        }
        return new RenderOptions(options.paper(), options.bodySize(), options.font(), options.boldFont(),
                options.wordsPerMinute(), options.pitch(), shared, options.zip(), options.progress());
    }
}
