package org.guidekit.render;

import java.nio.file.Path;
import java.util.Optional;

import org.guidekit.model.Guide;

/**
 * Renders a guide into one output format. Implementations read only the model, write every file through
 * {@link AtomicOutput}, and report failures as {@link org.guidekit.error.GuidekitException}s.
 */
public interface Renderer {
    /** The format name used on the command line: {@code pdf}, {@code audio}, {@code daisy}. */
    String format();

    /** One line for {@code --help}. */
    String description();

    /**
     * Why this format cannot be made for {@code guide} at all (the voice speaks English only, say), or empty.
     * When the formats were not named, a build skips such a format with a note instead of failing the guide.
     */
    default Optional<String> unsupported(Guide guide) {
        return Optional.empty();
    }

    /**
     * Everything that decides this format's bytes for {@code guide}, in a fixed order: the build's fingerprint
     * and any content-derived id come from it, so an option another format uses never re-renders this one.
     */
    RenderInputs inputs(Guide guide, RenderOptions options);

    /**
     * The inputs when rendered into {@code guideDir}, which the build compares: those above, unless the format
     * also shows what the guide's other formats wrote there (the read-along page links them, with their sizes).
     */
    default RenderInputs inputs(Guide guide, RenderOptions options, Path guideDir) {
        return inputs(guide, options);
    }

    /**
     * Finds, without writing anything, the problems that would stop {@link #render}: a character the font
     * lacks, a picture that cannot be read, a heading the voice cannot say. {@code check} runs it so that it
     * reports everything a build would refuse.
     *
     * @throws org.guidekit.error.GuidekitException the first such problem
     */
    void preflight(Guide guide, RenderOptions options);

    /**
     * Called once before a run that renders this format for every guide it is given ({@code render}, {@code build
     * --force}): a renderer may start slow set-up on a background thread, so that it overlaps the reading and
     * checking of the first guide (the spoken formats load their voices). Never required; the default does nothing.
     */
    default void warmUp() {
    }

    /**
     * Renders {@code guide} into {@code guideDir} (the guide's own output folder, created on demand).
     *
     * @return the files written and what they measure, for the build summary
     */
    Rendition render(Guide guide, RenderOptions options, Path guideDir);
}
