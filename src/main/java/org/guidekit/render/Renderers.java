package org.guidekit.render;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.guidekit.render.audio.AudioRenderer;

/**
 * The registry of output formats, one explicit list (pandoc's writer table). Add a renderer here and it is
 * available to {@code render} and {@code build}.
 */
public final class Renderers {
    private static final List<Renderer> ALL = List.of(
            new AudioRenderer(AudioRenderer.Container.MP3),
            new AudioRenderer(AudioRenderer.Container.WAV));

    private Renderers() {
    }

    /** Every renderer, in the order a build runs them. */
    public static List<Renderer> all() {
        return ALL;
    }

    public static Optional<Renderer> byFormat(String format) {
        return ALL.stream().filter(r -> r.format().equals(format)).findFirst();
    }

    /** "pdf, audio, daisy" for messages. */
    public static String names() {
        return ALL.stream().map(Renderer::format).collect(Collectors.joining(", "));
    }
}
