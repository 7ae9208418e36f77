package org.guidekit.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.guidekit.model.Guide;
import org.guidekit.read.MarkdownGuideReader;
import org.guidekit.render.RenderOptions;
import org.guidekit.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Portrait phone photos (stored sideways with an EXIF turn) print upright. */
class ExifOrientationTest {
    @TempDir
    Path dir;

    /** A 300x150 JPEG with an EXIF APP1 segment whose Orientation tag is {@code orientation}. */
    static byte[] jpeg(int orientation) throws IOException {
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(300, 150, BufferedImage.TYPE_INT_RGB), "jpg", plain);
        byte[] b = plain.toByteArray();
        byte[] tiff = {'M', 'M', 0, 42, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, (byte) orientation, 0, 0,
            0, 0, 0, 0, 0, 0};
        int length = 2 + 6 + tiff.length;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(b, 0, 2);
        out.write(new byte[] {(byte) 0xFF, (byte) 0xE1, (byte) (length >> 8), (byte) length, 'E', 'x', 'i', 'f', 0, 0});
        out.write(tiff);
        out.write(b, 2, b.length - 2);
        return out.toByteArray();
    }

    @Test
    void theTagIsRead() throws IOException {
        assertEquals(6, ExifOrientation.of(jpeg(6)));
        assertEquals(ExifOrientation.NORMAL, ExifOrientation.of(new byte[] {1, 2, 3}));
    }

    @Test
    void aDamagedOffsetIsIgnored() throws IOException {
        byte[] b = jpeg(6);
        // The IFD offset (bytes 4-7 of the TIFF header, which starts 10 bytes into the APP1 segment at byte 2).
        b[2 + 10 + 4] = (byte) 0x80;
        assertEquals(ExifOrientation.NORMAL, ExifOrientation.of(b));
        b[2 + 10 + 4] = (byte) 0x7F;
        assertEquals(ExifOrientation.NORMAL, ExifOrientation.of(b));
    }

    @Test
    void aSidewaysPhotoIsPrintedUpright() throws IOException {
        Files.createDirectories(dir.resolve("images"));
        Files.write(dir.resolve("images/photo.jpg"), jpeg(6));
        Guide guide = MarkdownGuideReader.read(Fixtures.guide(dir, "photo.md",
                "Text.\n\n![A nurse showing how to hold an inhaler](images/photo.jpg)\n"));
        try (PDDocument pdf = Loader.loadPDF(RenderedGuides.render(guide, RenderOptions.defaults()))) {
            PDPage page = pdf.getPage(0);
            PDImageXObject image = null;
            for (COSName name : page.getResources().getXObjectNames()) {
                if (page.getResources().getXObject(name) instanceof PDImageXObject i) {
                    image = i;
                }
            }
            assertEquals(150, image.getWidth());
            assertEquals(300, image.getHeight());
        }
    }
}
