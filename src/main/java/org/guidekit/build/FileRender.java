package org.guidekit.build;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.guidekit.read.MarkdownGuideReader;
import org.guidekit.render.RenderOptions;
import org.guidekit.render.Renderer;

/** {@code guidekit render FILE...}: renders the named files, always, one after another. */
public final class FileRender {
    private FileRender() {
    }

    public static List<GuideOutcome> render(List<Path> files, List<Renderer> renderers, RenderOptions options,
                                            Path out) {
        List<GuideOutcome> outcomes = new ArrayList<>();
        Map<String, Path> firstByName = new HashMap<>();
        for (Path file : GuideFiles.distinct(files)) {
            Path first = firstByName.putIfAbsent(MarkdownGuideReader.name(file), file);
            outcomes.add(first == null ? GuideJob.readAndRender(file, renderers, options, out)
                    : GuideOutcome.failed(file, List.of(), GuideFiles.sameName(file, first)));
        }
        return outcomes;
    }
}
