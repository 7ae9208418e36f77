package org.guidekit.cli;

import java.util.LinkedHashMap;
import java.util.Map;

import org.guidekit.library.Renderers;

/**
 * {@code --format pdf,audio} of {@code render} and {@code build}: the format names, checked as they are parsed (by
 * {@link Names}); the {@link org.guidekit.library.BuildSession} makes them renderers, and checks those of
 * {@code guidekit.yaml} with the file's reader.
 */
final class FormatOption {
    private FormatOption() {
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
