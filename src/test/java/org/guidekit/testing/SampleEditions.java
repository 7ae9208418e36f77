package org.guidekit.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.guidekit.model.Guide;
import org.guidekit.read.MarkdownGuideReader;
import org.guidekit.render.AtomicOutput;
import org.guidekit.render.RenderOptions;
import org.guidekit.library.Renderers;

/**
 * The sample guides rendered once per test JVM into a temp folder (handout, MP3, EPUB, read-along page, in the
 * build's order), so the EPUB, page and browser tests share one synthesis per guide instead of each making its own.
 * A Spanish guide, which the voice cannot speak, is rendered beside them.
 */
public final class SampleEditions {
    /** The sample guides in {@code content/}. */
    public static final List<String> SPOKEN = List.of("back-muscle-spasms", "checking-blood-pressure-at-home");
    /**
     * A guide in Spanish that chose {@code voice: none}, so it gets its page and EPUB without audio, whether or not
     * espeak-ng is installed here (the page's golden file holds no timings of one espeak-ng version).
     */
    public static final String SPANISH = "dolor-de-espalda";

    private static Path out;

    private SampleEditions() {
    }

    /** The folder holding {@code <name>/…} for every sample; rendered on first use. */
    public static synchronized Path out() {
        if (out == null) {
            try {
                Path dir = Files.createTempDirectory("guidekit-editions-");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        AtomicOutput.deleteTree(dir);
                    } catch (IOException ignored) {
                        // a temp folder
                    }
                }));
                try (Renderers renderers = Renderers.open()) {
                    for (String name : SPOKEN) {
                        render(renderers, MarkdownGuideReader.read(Fixtures.content(name + ".md")), dir);
                    }
                    render(renderers, MarkdownGuideReader.read(spanish(dir.resolve("src"))), dir);
                }
                out = dir;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    /** {@code <out>/<name>}. */
    public static Path guide(String name) {
        return out().resolve(name);
    }

    private static void render(Renderers renderers, Guide guide, Path dir) {
        for (String format : List.of("pdf", "audio", "epub", "web")) {
            if (renderers.byFormat(format).orElseThrow().unsupported(guide).isEmpty()) {
                renderers.byFormat(format).orElseThrow().render(guide, RenderOptions.defaults(),
                        dir.resolve(guide.name()));
            }
        }
    }

    /** A short Spanish guide with a callout, a list, a table and a picture. */
    public static Path spanish(Path dir) {
        Fixtures.png(dir, "images/espalda.png");
        return Fixtures.write(dir, SPANISH + ".md", """
                ---
                title: Dolor de espalda
                subtitle: Qué hacer en casa
                language: es-ES
                voice: none
                organization: Centro de Salud Ribera
                reviewed: 2026-03-01
                ---
                El dolor de espalda suele mejorar en pocos días. Esta guía le explica qué puede hacer.

                ## Qué hacer

                - Camine un poco cada día.
                - Use calor en la zona que duele.

                ![Una persona camina por un parque](images/espalda.png)

                | Momento | Qué hacer |
                |---|---|
                | Primeros dos días | Frío |
                | Después | Calor |

                > [!WARNING] Llame a su médico
                > Si el dolor no mejora en una semana.
                """);
    }
}
