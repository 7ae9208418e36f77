package org.guidekit.cli;

import java.util.ArrayList;
import java.util.List;

import org.guidekit.render.Renderer;
import org.guidekit.render.Renderers;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** Turns {@code --format pdf,audio} into renderers; an unknown name is a usage error listing the known ones. */
final class FormatOption {
    private FormatOption() {
    }

    static List<Renderer> renderers(CommandSpec spec, Renderers renderers, List<String> formats) {
        if (formats == null || formats.isEmpty()) {
            return renderers.defaults();
        }
        List<Renderer> chosen = new ArrayList<>();
        for (String f : formats) {
            Renderer r = renderers.byFormat(f.strip()).orElseThrow(() -> new CommandLine.ParameterException(
                    spec.commandLine(), "unknown format \"" + f + "\"; choose from " + Renderers.names()));
            if (!chosen.contains(r)) {
                chosen.add(r);
            }
        }
        // Run in registry order whatever order was typed: DAISY must come after audio to reuse its synthesis.
        return renderers.all().stream().filter(chosen::contains).toList();
    }
}
