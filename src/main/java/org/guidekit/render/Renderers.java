package org.guidekit.render;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.guidekit.render.audio.AudioRenderer;
import org.guidekit.render.braille.BrailleRenderer;
import org.guidekit.render.daisy.DaisyRenderer;
import org.guidekit.render.pdf.LargePrintPdfRenderer;

/**
 * The registry of output formats, one explicit list (pandoc's writer table). Add a renderer here and it is
 * available to {@code render} and {@code build}.
 */
public final class Renderers {
    private static final Renderer PDF = new LargePrintPdfRenderer();
    private static final Renderer AUDIO = new AudioRenderer(AudioRenderer.Container.MP3);
    private static final Renderer WAV = new AudioRenderer(AudioRenderer.Container.WAV);
    private static final Renderer DAISY = new DaisyRenderer();
    private static final Renderer BRAILLE = new BrailleRenderer();

    /** Every format, in the order a build runs them (audio before DAISY, which reuses its synthesis). */
    private static final List<Renderer> ALL = List.of(PDF, AUDIO, WAV, DAISY, BRAILLE);
    /** What a build renders when no --format is given: WAV is large and only on request. */
    private static final List<Renderer> DEFAULTS = List.of(PDF, AUDIO, DAISY, BRAILLE);

    private Renderers() {
    }

    /** Every renderer, in the order a build runs them. */
    public static List<Renderer> all() {
        return ALL;
    }

    /** The formats rendered when none are named. */
    public static List<Renderer> defaults() {
        return DEFAULTS;
    }

    public static Optional<Renderer> byFormat(String format) {
        return ALL.stream().filter(r -> r.format().equals(format)).findFirst();
    }

    /** "pdf, audio, daisy" for messages. */
    public static String names() {
        return ALL.stream().map(Renderer::format).collect(Collectors.joining(", "));
    }
}
