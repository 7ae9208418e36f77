package org.guidekit.render.pdf;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.guidekit.error.RenderException;
import org.guidekit.model.Guide;
import org.guidekit.render.RenderOptions;

/**
 * Pictures of the handout's pages, for the staff workspace's live preview: the handout is laid out in memory
 * exactly as {@link LargePrintPdfRenderer} writes it, and PDFBox draws the pages asked for as PNG images.
 *
 * <pre>{@code PagePreview preview = PagePreview.of(guide, options);
 * byte[] first = preview.png(0, 60);}</pre>
 */
public final class PagePreview {
    /** Largest resolution a picture may be asked for: a Letter page at 150 dpi is 1275 x 1650 pixels. */
    public static final float MAX_DPI = 150;

    private final byte[] pdf;
    private final int pages;

    private PagePreview(byte[] pdf, int pages) {
        this.pdf = pdf;
        this.pages = pages;
    }

    /**
     * Lays the handout out in memory.
     *
     * @throws RenderException as {@link LargePrintPdfRenderer#render} would (a character the font lacks, a picture
     *                         that cannot be read)
     */
    public static PagePreview of(Guide guide, RenderOptions options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            int pages = LargePrintPdfRenderer.write(guide, options, out);
            return new PagePreview(out.toByteArray(), pages);
        } catch (IOException e) {
            throw new RenderException(guide.source() + ": cannot build the PDF (" + e.getMessage() + ")", e);
        }
    }

    /** One page of {@code guide}'s handout as a PNG image. */
    public static byte[] png(Guide guide, RenderOptions options, int pageIndex, float dpi) {
        return of(guide, options).png(pageIndex, dpi);
    }

    /** The number of pages. */
    public int pages() {
        return pages;
    }

    /** The whole handout, as the PDF renderer would write it. */
    public byte[] pdf() {
        return pdf.clone();
    }

    /**
     * Page {@code pageIndex} (from 0) as a greyscale PNG at {@code dpi} dots per inch.
     *
     * @throws IllegalArgumentException for a page the handout does not have or a resolution outside 10 to
     *                                  {@link #MAX_DPI}
     */
    public byte[] png(int pageIndex, float dpi) {
        if (pageIndex < 0 || pageIndex >= pages) {
            throw new IllegalArgumentException("the handout has " + pages + " pages; there is no page "
                    + (pageIndex + 1));
        }
        if (!(dpi >= 10 && dpi <= MAX_DPI)) {
            throw new IllegalArgumentException("resolution " + dpi + " is outside 10 to " + MAX_DPI + " dpi");
        }
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(pageIndex, dpi, ImageType.GRAY);
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            return png.toByteArray();
        } catch (IOException e) {
            throw new RenderException("cannot draw page " + (pageIndex + 1) + " of the handout (" + e.getMessage()
                    + ")", e);
        }
    }
}
