package org.guidekit.render.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.guidekit.error.RenderException;

/**
 * The fonts and images of one document, loaded into it, and the {@link TextMeasure} the layout uses. When a
 * clinic gives only a regular font, bold is drawn by stroking the glyph outline as well as filling it.
 */
final class PdfResources implements TextMeasure, AutoCloseable {
    private final PDDocument doc;
    private final FontFace regular;
    private final FontFace bold;
    private final PDType0Font regularFont;
    private final PDType0Font boldFont;
    private final Map<Path, PDImageXObject> images = new HashMap<>();
    private final Map<String, PDImageXObject> printed = new HashMap<>();

    PdfResources(PDDocument doc, FontFace regular, FontFace bold) {
        this.doc = doc;
        this.regular = regular;
        this.bold = bold;
        try {
            PDType0Font r = embed(doc, regular);
            this.regularFont = r;
            this.boldFont = bold == regular ? r : embed(doc, bold);
        } catch (RenderException e) {
            closeQuietly();
            throw e;
        }
    }

    private void closeQuietly() {
        try {
            close();
        } catch (IOException ignored) {
            // already failing with a clearer error
        }
    }

    /** Embeds a subset of the face; a font whose licence forbids embedding is the user's error, not a crash. */
    private static PDType0Font embed(PDDocument doc, FontFace face) {
        try {
            return PDType0Font.load(doc, face.font(), true);
        } catch (IOException | RuntimeException e) {
            throw new RenderException(face.name() + " cannot be embedded in a PDF (" + e.getMessage()
                    + "); choose another font");
        }
    }

    PDType0Font font(boolean strong) {
        return strong ? boldFont : regularFont;
    }

    /** True when {@code codePoint} is drawn as a shape in this face (see {@link FontFace#drawn}). */
    boolean drawn(int codePoint, boolean strong) {
        return (strong ? bold : regular).drawn(codePoint);
    }

    /** True when bold must be simulated (no bold face was given). */
    boolean simulatedBold() {
        return bold == regular;
    }

    @Override
    public float width(String text, boolean strong, float size) {
        return (strong ? bold : regular).width(text) * size / 1000f;
    }

    @Override
    public boolean canShow(int codePoint) {
        return regular.canShow(codePoint) && bold.canShow(codePoint);
    }

    @Override
    public int[] imageSize(Path file) {
        PDImageXObject image = image(file);
        return new int[] {image.getWidth(), image.getHeight()};
    }

    PDImageXObject image(Path file) {
        return images.computeIfAbsent(file, f -> {
            try {
                checkPixels(f);
                java.util.Optional<PDImageXObject> turned = uprightJpeg(f);
                return turned.isPresent() ? turned.get() : PDImageXObject.createFromFileByContent(f.toFile(), doc);
            } catch (IOException | RuntimeException e) {
                if (e instanceof RenderException r) {
                    throw r;
                }
                throw new RenderException("cannot read the image " + f.getFileName() + " (" + e.getMessage()
                        + "); save it as a PNG or JPEG file");
            }
        });
    }

    /** Print never needs more: 300 pixels per inch at the printed size. */
    static final float MAX_PPI = 300f;

    /**
     * The picture for {@code widthPt} points of paper: downsampled to at most {@link #MAX_PPI} (a 12-megapixel
     * phone photo printed 6.5 inches wide needs under 2,000 pixels across), re-encoded as JPEG when it was one.
     */
    PDImageXObject image(Path file, float widthPt) {
        PDImageXObject full = image(file);
        int most = (int) Math.ceil(widthPt / 72f * MAX_PPI);
        if (full.getWidth() <= most) {
            return full;
        }
        return printed.computeIfAbsent(file + "|" + most, k -> {
            try {
                java.awt.image.BufferedImage source = full.getImage();
                int height = Math.max(1, Math.round((float) source.getHeight() * most / source.getWidth()));
                boolean alpha = source.getColorModel().hasAlpha();
                java.awt.image.BufferedImage small = scaled(source, most, height, alpha);
                boolean jpeg = full.getCOSObject().getCOSName(org.apache.pdfbox.cos.COSName.FILTER) != null
                        && org.apache.pdfbox.cos.COSName.DCT_DECODE.equals(full.getCOSObject()
                        .getCOSName(org.apache.pdfbox.cos.COSName.FILTER));
                return jpeg && !alpha ? org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory.createFromImage(doc,
                        small, 0.9f) : org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory.createFromImage(doc,
                        small);
            } catch (IOException e) {
                throw new RenderException("cannot scale the image " + file.getFileName() + " (" + e.getMessage()
                        + ")");
            }
        });
    }

    /**
     * Halves the picture with bilinear filtering until it is less than twice the target, then scales to the target:
     * every source pixel still counts (unlike one bilinear step), and it is fast and repeatable.
     */
    private static java.awt.image.BufferedImage scaled(java.awt.image.BufferedImage source, int width, int height,
                                                      boolean alpha) {
        java.awt.image.BufferedImage current = source;
        int w = source.getWidth();
        int h = source.getHeight();
        do {
            w = Math.max(width, w / 2 < width ? width : w / 2);
            h = w == width ? height : Math.max(height, h / 2);
            java.awt.image.BufferedImage next = new java.awt.image.BufferedImage(w, h, alpha
                    ? java.awt.image.BufferedImage.TYPE_INT_ARGB : java.awt.image.BufferedImage.TYPE_INT_RGB);
            java.awt.Graphics2D g = next.createGraphics();
            g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION,
                    java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(current, 0, 0, w, h, null);
            g.dispose();
            current = next;
        } while (w > width);
        return current;
    }

    /** A JPEG whose EXIF says it is stored turned, turned upright (re-encoded); empty for every other picture. */
    private java.util.Optional<PDImageXObject> uprightJpeg(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (!name.endsWith(".jpg") && !name.endsWith(".jpeg")) {
            return java.util.Optional.empty();
        }
        int orientation = ExifOrientation.of(java.nio.file.Files.readAllBytes(file));
        if (orientation != 3 && orientation != 6 && orientation != 8) {
            return java.util.Optional.empty();
        }
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(file.toFile());
        if (image == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory.createFromImage(doc,
                ExifOrientation.upright(image, orientation), 0.9f));
    }

    /** Far more than a printed page needs (300 dpi across 6.5 inches is about 2,000 pixels), and memory is finite. */
    static final long MAX_PIXELS = 50_000_000L;

    /** Reads only the image header, so a huge picture is refused before it is decoded. */
    private static void checkPixels(Path file) throws IOException {
        try (javax.imageio.stream.ImageInputStream in = javax.imageio.ImageIO.createImageInputStream(file.toFile())) {
            java.util.Iterator<javax.imageio.ImageReader> readers = javax.imageio.ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return; // PDFBox reports the unreadable file with its own message
            }
            javax.imageio.ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                long width = reader.getWidth(0);
                long height = reader.getHeight(0);
                if (width * height > MAX_PIXELS) {
                    throw new RenderException("the picture " + file.getFileName() + " is " + width + " x " + height
                            + " pixels, far too large to print; save a copy at most 3000 pixels wide");
                }
            } finally {
                reader.dispose();
            }
        }
    }

    @Override
    public void close() throws IOException {
        regular.close();
        if (bold != regular) {
            bold.close();
        }
    }
}
