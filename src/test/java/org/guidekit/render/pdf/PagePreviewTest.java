package org.guidekit.render.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

import javax.imageio.ImageIO;

import org.guidekit.model.Guide;
import org.guidekit.read.MarkdownGuideReader;
import org.guidekit.render.RenderOptions;
import org.guidekit.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** The workspace's page pictures are pictures of exactly the handout the PDF renderer writes. */
class PagePreviewTest {
    @Test
    void thePreviewIsTheHandoutAndItsPagesArePictures() throws Exception {
        Guide guide = MarkdownGuideReader.read(Fixtures.content("back-muscle-spasms.md"));
        PagePreview preview = PagePreview.of(guide, RenderOptions.defaults());
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        int pages = LargePrintPdfRenderer.write(guide, RenderOptions.defaults(), written);
        assertEquals(pages, preview.pages());
        assertArrayEquals(written.toByteArray(), preview.pdf(), "the same bytes as the PDF edition");
        BufferedImage first = ImageIO.read(new ByteArrayInputStream(preview.png(0, 60)));
        assertEquals(510, first.getWidth(), "Letter at 60 dpi: 8.5 in");
        assertEquals(660, first.getHeight(), "11 in");
        assertThrows(IllegalArgumentException.class, () -> preview.png(pages, 60));
        assertThrows(IllegalArgumentException.class, () -> preview.png(0, 600));
    }
}
