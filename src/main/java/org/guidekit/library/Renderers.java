package org.guidekit.library;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.guidekit.render.Renderer;
import org.guidekit.render.audio.AudioRenderer;
import org.guidekit.render.audio.SpeechService;
import org.guidekit.render.braille.BrailleRenderer;
import org.guidekit.render.daisy.DaisyRenderer;
import org.guidekit.render.epub.EpubRenderer;
import org.guidekit.render.pdf.LargePrintPdfRenderer;
import org.guidekit.render.web.WebRenderer;

/**
 * The output formats of one build, one explicit list (pandoc's writer table). Open it for a build and close it
 * when the build ends: the spoken formats share the build's {@link SpeechService}, so a guide is synthesised once
 * for its MP3 and its DAISY book, and its audio is deleted at the end. Add a renderer here and it is available to
 * {@code render}, {@code build} and {@code check}.
 *
 * <pre>{@code try (Renderers renderers = Renderers.open()) {
 *     renderers.byFormat("pdf").orElseThrow().render(guide, options, dir);
 * }}</pre>
 */
public final class Renderers implements AutoCloseable {
    /** Every format name, in the order a build runs them. */
    private static final List<String> ALL = List.of("pdf", "audio", "wav", "daisy", "braille", "epub", "web");
    /** What a build renders when no --format is given: WAV is large and only on request. */
    private static final List<String> DEFAULTS = List.of("pdf", "audio", "daisy", "braille", "epub", "web");

    private final SpeechService speech;
    private final List<Renderer> all;

    private Renderers(Optional<Path> speechCache) {
        speech = new SpeechService(speechCache);
        LargePrintPdfRenderer pdf = new LargePrintPdfRenderer();
        all = List.of(pdf,
            new AudioRenderer(AudioRenderer.Container.MP3, speech),
            new AudioRenderer(AudioRenderer.Container.WAV, speech), new DaisyRenderer(speech),
            new BrailleRenderer(pdf), // the braille shows the handout's print page numbers
            new EpubRenderer(speech),
            // The page comes last: it links the editions the formats before it wrote, with their sizes.
            new WebRenderer(speech));
    }

    /** The renderers of one build. */
    public static Renderers open() {
        return new Renderers(Optional.empty());
    }

    /**
     * The renderers of one build whose spoken sections are kept in {@code speechCache} for later builds, so an
     * edit re-records only the sections it changed.
     */
    public static Renderers open(Path speechCache) {
        return new Renderers(Optional.of(speechCache));
    }

    /** The build's one speech service, which the spoken formats share. */
    SpeechService speech() {
        return speech;
    }

    /** Every renderer, in the order a build runs them. */
    public List<Renderer> all() {
        return all;
    }

    /** The formats rendered when none are named. */
    public List<Renderer> defaults() {
        return all.stream().filter(r -> DEFAULTS.contains(r.format())).toList();
    }

    /** The renderer of {@code format}, if there is one. */
    public Optional<Renderer> byFormat(String format) {
        return all.stream().filter(r -> r.format().equals(format)).findFirst();
    }

    /** True when {@code format} names a format. */
    public static boolean isFormat(String format) {
        return ALL.contains(format);
    }

    /** Every format name, in the order a build runs them. */
    public static List<String> formats() {
        return ALL;
    }

    /** "pdf, audio, wav, daisy" for messages. */
    public static String names() {
        return String.join(", ", ALL);
    }

    /** Deletes the audio this build synthesised. */
    @Override
    public void close() {
        speech.close();
    }
}
