package org.guidekit.importer;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.guidekit.check.Severity;
import org.w3c.dom.Element;

/**
 * Finds the pictures of a drawing and turns their data into the guide's image files: PNG and JPEG as they are,
 * GIF, BMP and TIFF converted to PNG; vector drawings (EMF, WMF, SVG) are reported, since nothing here can draw them.
 */
final class Pictures {
    /** The PDF renderer's own limit; a bigger picture would be refused when the guide is built. */
    static final long MAX_PIXELS = 50_000_000L;
    private final XWPFDocument doc;
    private final String slug;
    private final Map<String, ImportedPicture> byPart = new LinkedHashMap<>();

    Pictures(XWPFDocument doc, String slug) {
        this.doc = doc;
        this.slug = slug;
    }

    List<ImportedPicture> files() {
        return List.copyOf(byPart.values());
    }

    /** The pictures of a {@code w:drawing} or {@code w:pict}, in order. */
    static List<WordParagraph.PictureRef> refs(Element drawing, UnaryOperator<String> relTarget) {
        List<WordParagraph.PictureRef> refs = new ArrayList<>();
        List<Element> docPrs = Xml.descendants(drawing, "docPr");
        Element docPr = docPrs.isEmpty() ? null : docPrs.get(0);
        List<Element> blips = Xml.descendants(drawing, "blip");
        for (Element blip : blips) {
            String embed = Xml.attr(blip, Xml.R, "embed");
            String link = Xml.attr(blip, Xml.R, "link");
            Element own = blips.size() == 1 ? docPr : ownProperties(blip);
            refs.add(new WordParagraph.PictureRef(embed, (embed == null || embed.isEmpty()) && link != null,
                    alt(own), decorative(own), hyperlink(own, relTarget)));
        }
        for (Element data : Xml.descendants(drawing, "imagedata")) {
            String id = Xml.attr(data, Xml.R, "id");
            Element shape = data.getParentNode() instanceof Element e ? e : null;
            String alt = shape == null ? "" : nonNull(Xml.attr(shape, null, "alt"));
            refs.add(new WordParagraph.PictureRef(id, id == null, alt.strip(), false, null));
        }
        return refs;
    }

    private static Element ownProperties(Element blip) {
        for (org.w3c.dom.Node n = blip; n != null; n = n.getParentNode()) {
            if (n instanceof Element e && "pic".equals(Xml.name(e))) {
                List<Element> c = Xml.descendants(e, "cNvPr");
                return c.isEmpty() ? null : c.get(0);
            }
        }
        return null;
    }

    private static String alt(Element props) {
        if (props == null) {
            return "";
        }
        String descr = nonNull(Xml.attr(props, null, "descr")).strip();
        return descr.isEmpty() ? nonNull(Xml.attr(props, null, "title")).strip() : descr;
    }

    private static boolean decorative(Element props) {
        if (props == null) {
            return false;
        }
        for (Element d : Xml.descendants(props, "decorative")) {
            String v = Xml.attr(d, null, "val");
            if ("1".equals(v) || "true".equals(v)) {
                return true;
            }
        }
        return false;
    }

    private static String hyperlink(Element props, UnaryOperator<String> relTarget) {
        if (props == null) {
            return null;
        }
        List<Element> clicks = Xml.descendants(props, "hlinkClick");
        return clicks.isEmpty() ? null : relTarget.apply(Xml.attr(clicks.get(0), Xml.R, "id"));
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    /**
     * The guide-relative path of the picture's file ({@code images/<slug>-2.png}), or null with a note when it
     * cannot be used. The same picture used twice is saved once.
     */
    String save(WordParagraph.PictureRef ref, int paragraph, List<Note> notes) {
        if (ref.linked()) {
            notes.add(Note.inWord("picture", Severity.WARNING, paragraph, "a picture is only linked to a file outside the Word "
                    + "document, so it was left out", "in Word, insert the picture itself and import again"));
            return null;
        }
        POIXMLDocumentPart part = ref.embedId() == null ? null : doc.getRelationById(ref.embedId());
        if (!(part instanceof XWPFPictureData data)) {
            notes.add(Note.inWord("picture", Severity.WARNING, paragraph, "a picture could not be found in the Word file",
                    "insert the picture again in Word and import again"));
            return null;
        }
        String key = data.getPackagePart().getPartName().getName();
        ImportedPicture known = byPart.get(key);
        if (known != null) {
            return "images/" + known.fileName();
        }
        ImportedPicture file = file(data, paragraph, notes);
        if (file == null) {
            return null;
        }
        byPart.put(key, file);
        return "images/" + file.fileName();
    }

    private ImportedPicture file(XWPFPictureData data, int paragraph, List<Note> notes) {
        PictureType type = data.getPictureTypeEnum();
        String base = slug + "-" + (byPart.size() + 1);
        byte[] bytes;
        try {
            bytes = data.getData();
        } catch (RuntimeException e) {
            // POI refuses pictures over XWPFPictureData's size limit, which DocxFile sets.
            notes.add(Note.inWord("picture", Severity.WARNING, paragraph, "a picture is larger than " + DocxFile.MAX_PICTURE_MB
                    + " MB, so it was left out", "save a smaller copy of the picture in Word and import again"));
            return null;
        }
        if (type == PictureType.PNG || type == PictureType.JPEG) {
            if (!sizeOk(bytes, paragraph, notes)) {
                return null;
            }
            return new ImportedPicture(base + (type == PictureType.PNG ? ".png" : ".jpg"), bytes);
        } else if (type == PictureType.GIF || type == PictureType.BMP || type == PictureType.TIFF) {
            if (!sizeOk(bytes, paragraph, notes)) {
                return null;
            }
            byte[] png = toPng(bytes);
            if (png == null) {
                notes.add(Note.inWord("picture", Severity.WARNING, paragraph, "a " + type.name() + " picture could not be "
                        + "read, so it was left out", "save the picture as PNG or JPEG and add it to the guide"));
                return null;
            }
            return new ImportedPicture(base + ".png", png);
        }
        notes.add(Note.inWord("picture", Severity.WARNING, paragraph, "a picture is a " + describe(type) + ", which guidekit "
                + "cannot use, so it was left out", "save it as a PNG picture (in Word: right-click, Save as "
                + "Picture) and add it with ![description](images/name.png)"));
        return null;
    }

    private static String describe(PictureType type) {
        return switch (type == null ? "" : type.name()) {
            case "EMF", "WMF" -> "Windows drawing (" + type.name() + ")";
            case "SVG" -> "vector drawing (SVG)";
            default -> "picture of an unsupported kind (" + (type == null ? "unknown"
                    : type.name().toLowerCase(Locale.ROOT)) + ")";
        };
    }

    /** Reads only the header, so a picture that would be huge once decoded costs nothing to refuse. */
    private static boolean sizeOk(byte[] bytes, int paragraph, List<Note> notes) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                notes.add(Note.inWord("picture", Severity.WARNING, paragraph, "a picture's data is damaged, so it was left out",
                        "insert the picture again in Word and import again"));
                return false;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > MAX_PIXELS) {
                    notes.add(Note.inWord("picture", Severity.WARNING, paragraph, "a picture has " + pixels / 1_000_000
                            + " megapixels, more than the " + MAX_PIXELS / 1_000_000 + " the handout takes, so it was "
                            + "left out", "save a smaller copy of the picture and add it to the guide"));
                    return false;
                }
            } finally {
                reader.dispose();
            }
            return true;
        } catch (IOException e) {
            notes.add(Note.inWord("picture", Severity.WARNING, paragraph, "a picture's data is damaged, so it was left out",
                    "insert the picture again in Word and import again"));
            return false;
        }
    }

    private static byte[] toPng(byte[] bytes) {
        try {
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(bytes));
            if (img == null || (long) img.getWidth() * img.getHeight() > MAX_PIXELS) {
                return null;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(img, "png", out);
            return out.toByteArray();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
