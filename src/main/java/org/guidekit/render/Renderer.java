package org.guidekit.render;

import java.nio.file.Path;

import org.guidekit.model.Guide;

/**
 * Renders a guide into one output format. Implementations read only the model, write every file through
 * {@link AtomicOutput}, and report failures as {@link org.guidekit.error.GuidekitException}s.
 */
public interface Renderer {
    /** The format name used on the command line: {@code pdf}, {@code audio}, {@code daisy}. */
    String format();

    /**
     * Why this format cannot be made for {@code guide} at all (the voice speaks English only, say), or empty.
     * A library build with the default formats skips such a format with a note instead of failing the guide.
     */
    default java.util.Optional<String> unsupported(Guide guide) {
        return java.util.Optional.empty();
    }

    /** One line for {@code --help}. */
    String description();

    /**
     * Renders {@code guide} into {@code guideDir} (the guide's own output folder, created on demand).
     *
     * @return the files written and what they measure, for the build summary
     */
    Rendition render(Guide guide, RenderOptions options, Path guideDir);
}
