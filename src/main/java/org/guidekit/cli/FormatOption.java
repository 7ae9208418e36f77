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

    /**
     * The formats named on the command line, else those of {@code guidekit.yaml} ({@code formats:}), else the
     * defaults. An unknown name in the file is a usage error that names the file.
     */
    static List<Renderer> renderers(CommandSpec spec, Renderers renderers, List<String> formats,
                                    org.guidekit.library.BuildContext context) {
        List<String> fromFile = context.settings().formats();
        if ((formats != null && !formats.isEmpty()) || fromFile.isEmpty()) {
            return renderers(spec, renderers, formats);
        }
        for (String f : fromFile) {
            if (!Renderers.isFormat(f)) {
                throw new org.guidekit.error.UsageException(context.root().resolve(
                        org.guidekit.read.SettingsReader.FILE_NAME) + ": unknown format \"" + f + "\" in formats; "
                        + "choose from " + Renderers.names());
            }
        }
        return renderers(spec, renderers, fromFile);
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
