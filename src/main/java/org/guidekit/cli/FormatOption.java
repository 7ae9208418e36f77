package org.guidekit.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.guidekit.error.UsageException;
import org.guidekit.library.BuildContext;
import org.guidekit.read.SettingsReader;
import org.guidekit.render.Renderer;
import org.guidekit.library.Renderers;

/**
 * {@code --format pdf,audio} of {@code render} and {@code build}: the format names (checked as they are parsed, by
 * {@link Names}) become renderers.
 */
final class FormatOption {
    private FormatOption() {
    }

    /**
     * The formats named on the command line, else those of {@code guidekit.yaml} ({@code formats:}), else the
     * defaults. An unknown name in the file is a usage error that names the file.
     */
    static List<Renderer> renderers(Renderers renderers, List<String> formats, BuildContext context) {
        if (formats != null && !formats.isEmpty()) {
            return inRunOrder(renderers, formats); // already checked by Names
        }
        List<String> fromFile = context.settings().formats();
        if (fromFile.isEmpty()) {
            return renderers.defaults();
        }
        for (String f : fromFile) {
            if (!Renderers.isFormat(f)) {
                throw new UsageException(context.root().resolve(SettingsReader.FILE_NAME) + ": unknown format \"" + f
                        + "\" in formats; choose from " + Renderers.names());
            }
        }
        return inRunOrder(renderers, fromFile);
    }

    /** Registry order whatever order was typed: DAISY must come after audio to reuse its synthesis. */
    private static List<Renderer> inRunOrder(Renderers renderers, List<String> formats) {
        return renderers.all().stream().filter(r -> formats.contains(r.format())).toList();
    }

    /** The format names, for picocli: each typed name is checked, and help lists them all. */
    static final class Names extends Choice<String> {
        Names() {
            super(byName());
        }

        private static Map<String, String> byName() {
            Map<String, String> names = new LinkedHashMap<>();
            for (String name : Renderers.formats()) {
                names.put(name, name);
            }
            return names;
        }

        @Override
        String unknown(String typed) {
            return "unknown format \"" + typed + "\"; choose from " + Renderers.names();
        }
    }
}
