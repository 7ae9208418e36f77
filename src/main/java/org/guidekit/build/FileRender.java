package org.guidekit.build;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.guidekit.render.RenderOptions;
import org.guidekit.render.Renderer;

/** {@code guidekit render FILE...}: renders the named files, always, one after another. */
public final class FileRender {
    private FileRender() {
    }

    public static List<GuideOutcome> render(List<Path> files, List<Renderer> renderers, RenderOptions options,
                                            Path out) {
        List<GuideOutcome> outcomes = new ArrayList<>();
        for (Path file : files) {
            outcomes.add(GuideJob.readAndRender(file, renderers, options, out));
        }
        return outcomes;
    }
}
