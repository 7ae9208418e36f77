package org.guidekit.render.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.guidekit.model.Guide;
import org.guidekit.read.MarkdownGuideReader;
import org.guidekit.render.RenderOptions;
import org.guidekit.testing.CpuBound;
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
        byte[] pdf = CpuBound.call(Duration.ofSeconds(60),
                () -> RenderedGuides.render(guide, RenderOptions.defaults()));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertTrue(doc.getNumberOfPages() > 1000, "pages: " + doc.getNumberOfPages());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * PDFBox saves linked objects (outline items, structure elements) recursively, so thousands of sections used
     * to overflow the stack of the thread that rendered them. Rendered here from a thread with a small stack: the
     * depth must not depend on the caller.
     */
    @Test
    void thousandsOfSectionsRenderFromAThreadWithASmallStack() throws Exception {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 500; i++) { // 1,000 sections: the reader's limit
            body.append("## Part ").append(i).append("\n\nText.\n\n### Step ").append(i).append("\n\nMore.\n\n");
        }
        Guide guide = MarkdownGuideReader.read(Fixtures.guide(dir, "sections.md", body.toString()));
        Throwable[] failure = new Throwable[1];
        int[] pages = new int[1];
        Thread small = new Thread(null, () -> {
            try (PDDocument doc = Loader.loadPDF(RenderedGuides.render(guide, RenderOptions.defaults()))) {
                pages[0] = doc.getNumberOfPages();
            } catch (Throwable e) {
                failure[0] = e;
            }
        }, "small-stack", 128 * 1024);
        small.start();
        small.join();
        if (failure[0] != null) {
            throw new AssertionError("rendering 1,000 sections failed", failure[0]);
        }
        assertTrue(pages[0] > 150, "pages: " + pages[0]);
    }
}
