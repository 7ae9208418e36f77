package org.guidekit.render.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDAttributeObject;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDListAttributeObject;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Reads a rendered PDF back the way assistive technology does: the structure tree in order with the text of
 * each marked-content id, and every glyph with its font, size and position.
 */
final class PdfReadBack implements AutoCloseable {
    private final PDDocument doc;
    private final Map<COSDictionary, Map<Integer, String>> mcidText = new HashMap<>();

    PdfReadBack(byte[] pdf) {
        try {
            doc = Loader.loadPDF(pdf);
            for (PDPage page : doc.getPages()) {
                PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
                extractor.processPage(page);
                Map<Integer, String> texts = new HashMap<>();
                for (PDMarkedContent mc : extractor.getMarkedContents()) {
                    if (mc.getMCID() >= 0) {
                        texts.put(mc.getMCID(), text(mc));
                    }
                }
                mcidText.put(page.getCOSObject(), texts);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    PDDocument document() {
        return doc;
    }

    private static String text(PDMarkedContent mc) {
        StringBuilder sb = new StringBuilder();
        for (Object o : mc.getContents()) {
            if (o instanceof TextPosition tp) {
                sb.append(tp.getUnicode());
            }
        }
        return sb.toString();
    }

    /** The {@code Document} element. */
    PDStructureElement documentElement() {
        return (PDStructureElement) doc.getDocumentCatalog().getStructureTreeRoot().getKids().get(0);
    }

    /** The text of the structure tree in tree order, one string per marked-content reference. */
    List<String> readingOrder() {
        List<String> out = new ArrayList<>();
        walk(documentElement(), 0, (e, depth) -> { }, out);
        return out;
    }

    /** An indented dump of the tree: type, attributes and the element's own text. */
    String structureDump() {
        StringBuilder sb = new StringBuilder();
        walk(documentElement(), 0, (e, depth) -> {
            sb.append("  ".repeat(depth)).append(e.getStructureType());
            attributes(e, sb);
            List<String> own = new ArrayList<>();
            for (Object kid : e.getKids()) {
                String t = kidText(e, kid);
                if (t != null) {
                    own.add(t);
                }
            }
            if (!own.isEmpty()) {
                sb.append(" \"").append(String.join("", own)).append('"');
            }
            sb.append('\n');
        }, new ArrayList<>());
        return sb.toString();
    }

    private static void attributes(PDStructureElement e, StringBuilder sb) {
        if (e.getActualText() != null) {
            sb.append(" ActualText=\"").append(e.getActualText()).append('"');
        }
        if (e.getAlternateDescription() != null) {
            sb.append(" Alt=\"").append(e.getAlternateDescription()).append('"');
        }
        var attributes = e.getAttributes();
        for (int i = 0; i < attributes.size(); i++) {
            PDAttributeObject a = attributes.getObject(i);
            if (a instanceof PDListAttributeObject l) {
                sb.append(" ListNumbering=").append(l.getListNumbering());
            } else if (a instanceof PDTableAttributeObject t) {
                sb.append(" Scope=").append(t.getScope());
            }
        }
    }

    interface ElementVisitor {
        void visit(PDStructureElement e, int depth);
    }

    private void walk(PDStructureElement e, int depth, ElementVisitor visitor, List<String> texts) {
        visitor.visit(e, depth);
        for (Object kid : e.getKids()) {
            if (kid instanceof PDStructureElement child) {
                walk(child, depth + 1, visitor, texts);
            } else {
                String t = kidText(e, kid);
                if (t != null) {
                    texts.add(t);
                }
            }
        }
    }

    private String kidText(PDStructureNode parent, Object kid) {
        if (kid instanceof PDMarkedContentReference mcr) {
            return mcidText.get(mcr.getPage().getCOSObject()).get(mcr.getMCID());
        }
        if (kid instanceof Integer mcid && parent instanceof PDStructureElement e) {
            return mcidText.get(e.getPage().getCOSObject()).get(mcid);
        }
        return null;
    }

    /** Every glyph on every page, with its page index. */
    List<Glyph> glyphs() {
        List<Glyph> glyphs = new ArrayList<>();
        try {
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                int pageIndex = i;
                PDFTextStripper stripper = new PDFTextStripper() {
                    @Override
                    protected void processTextPosition(TextPosition text) {
                        glyphs.add(new Glyph(pageIndex, text));
                    }
                };
                stripper.setStartPage(i + 1);
                stripper.setEndPage(i + 1);
                stripper.getText(doc);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return glyphs;
    }

    /** A glyph and the page it is on. */
    record Glyph(int page, TextPosition position) {
    }

    @Override
    public void close() throws IOException {
        doc.close();
    }
}
