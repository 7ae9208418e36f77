package org.guidekit.render.pdf;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.guidekit.model.Guide;
import org.guidekit.read.MarkdownGuideReader;
import org.guidekit.render.RenderOptions;
import org.guidekit.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 2 MB paragraph renders in seconds (about 1.2 s in the test JVM here; the limit only catches quadratic work — speed figures live
 * in bench/pdf) and is broken into pages that each hold text.
 */
class LargeGuideTest {
    @TempDir
    Path dir;

    @Test
    void aTwoMegabyteParagraphRendersInSeconds() {
        String sentence = "Rest your back and walk a little every day until the pain eases. ";
        String body = sentence.repeat(2 * 1024 * 1024 / sentence.length() + 1);
        Guide guide = MarkdownGuideReader.read(Fixtures.guide(dir, "huge.md", body));
        byte[] pdf = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> RenderedGuides.render(guide, RenderOptions.defaults()));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertTrue(doc.getNumberOfPages() > 1000, "pages: " + doc.getNumberOfPages());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
