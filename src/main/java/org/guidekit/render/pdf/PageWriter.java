package org.guidekit.render.pdf;

import java.io.IOException;
import java.util.IdentityHashMap;
import java.util.Map;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;

/**
 * Draws one planned page with PDFBox primitives: each run of text and each picture as marked content with an
 * MCID of its structure element, borders, rules and page numbers as artifacts, and link annotations tied to their
 * {@code Link} elements. Black on white only.
 */
final class PageWriter {
    private final PDDocument doc;
    private final PdfResources resources;
    private final TagTree tags;
    private final PdfStyle style;
    private final Map<StructNode, HeadingPlace> headings = new IdentityHashMap<>();
    private PDPageContentStream cs;
    private PDPage page;

    PageWriter(PDDocument doc, PdfResources resources, TagTree tags, PdfStyle style) {
        this.doc = doc;
        this.resources = resources;
        this.tags = tags;
        this.style = style;
    }

    /** Where a heading was drawn: its page and its top in PDF coordinates (y up), for the outline. */
    record HeadingPlace(PDPage page, float top) {
    }

    HeadingPlace heading(StructNode heading) {
        return headings.get(heading);
    }

    void write(Plan.Page planned, int index) throws IOException {
        page = new PDPage(new PDRectangle(style.paper().width(), style.paper().height()));
        page.getCOSObject().setName(COSName.getPDFName("Tabs"), "S");
        doc.addPage(page);
        tags.startPage(page, index);
        try (PDPageContentStream stream = new PDPageContentStream(doc, page)) {
            cs = stream;
            for (Mark m : planned.marks()) {
                draw(m);
            }
        }
        tags.endPage(index);
    }

    private void draw(Mark mark) throws IOException {
        if (mark instanceof Mark.TextLine line) {
            line(line);
        } else if (mark instanceof Mark.Picture picture) {
            picture(picture);
        } else if (mark instanceof Mark.Box box) {
            box(box);
        } else if (mark instanceof Mark.Bullet bullet) {
            bullet(bullet);
        }
    }

    private void line(Mark.TextLine line) throws IOException {
        float x = line.x();
        float y = pdfY(line.baseline());
        for (Run run : line.runs()) {
            if (run.text().isEmpty()) {
                if (run.owner() != null) {
                    tags.element(run.owner());
                }
                continue;
            }
            float width = resources.width(run.text(), run.bold(), line.size());
            noteHeading(run.owner(), y + line.size());
            begin(run.owner());
            text(run, x, y, line.size());
            cs.endMarkedContent();
            if (run.uri() != null) {
                link(run, x, y, width, line.size());
            }
            x += width;
        }
    }

    /**
     * The run's text from {@code x}: the font's glyphs, and the characters the font lacks that are drawn instead
     * (a check box) as shapes, each in a {@code Span} whose ActualText is the character, so text extraction and
     * screen readers get "☐" where the box is drawn.
     */
    private void text(Run run, float x, float y, float size) throws IOException {
        String text = run.text();
        int from = 0;
        float at = x;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (resources.drawn(cp, run.bold())) {
                String before = text.substring(from, i);
                if (!before.isEmpty()) {
                    glyphs(before, run.bold(), at, y, size);
                    at += resources.width(before, run.bold(), size);
                }
                checkBox(new String(Character.toChars(cp)), at, y, size);
                at += resources.width(text.substring(i, next), run.bold(), size);
                from = next;
            }
            i = next;
        }
        if (from < text.length()) {
            glyphs(text.substring(from), run.bold(), at, y, size);
        }
    }

    /**
     * An empty square sitting on the baseline, a capital's height high, stroked like a rule. (Its ActualText sits
     * in the page's property resources, where PDFBox puts every property list but an MCID; readers that take
     * ActualText only from glyphs, such as pdftotext, show nothing there.)
     */
    private void checkBox(String actualText, float x, float y, float size) throws IOException {
        COSDictionary props = new COSDictionary();
        props.setString(COSName.ACTUAL_TEXT, actualText);
        cs.beginMarkedContent(COSName.getPDFName("Span"), PDPropertyList.create(props));
        float side = size * FontFace.CHECK_BOX_SIDE / 1000f;
        float line = Math.max(1f, size / 14);
        float left = x + (size * FontFace.CHECK_BOX_ADVANCE / 1000f - side) / 2;
        cs.setLineWidth(line);
        cs.addRect(left + line / 2, y + line / 2, side - line, side - line);
        cs.stroke();
        cs.endMarkedContent();
    }

    private void glyphs(String text, boolean bold, float x, float y, float size) throws IOException {
        Run run = new Run(text, bold, null, null);
        cs.beginText();
        cs.setFont(resources.font(run.bold()), size);
        boolean fake = run.bold() && resources.simulatedBold();
        if (fake) {
            cs.setRenderingMode(RenderingMode.FILL_STROKE);
            cs.setLineWidth(size / 30);
        }
        cs.newLineAtOffset(x, y);
        cs.showText(run.text());
        if (fake) {
            cs.setRenderingMode(RenderingMode.FILL);
        }
        cs.endText();
    }

    /** Underlines the link (an artifact) and adds its annotation, described by its address. */
    private void link(Run run, float x, float y, float width, float size) throws IOException {
        float visible = width - (run.text().endsWith(" ") ? resources.width(" ", run.bold(), size) : 0);
        artifact("Layout");
        cs.setLineWidth(Math.max(1f, size / 16));
        cs.moveTo(x, y - size * 0.15f);
        cs.lineTo(x + visible, y - size * 0.15f);
        cs.stroke();
        cs.endMarkedContent();
        PDAnnotationLink link = new PDAnnotationLink();
        link.setRectangle(new PDRectangle(x, y - size * 0.3f, visible, size * 1.3f));
        PDActionURI action = new PDActionURI();
        action.setURI(run.uri());
        link.setAction(action);
        PDBorderStyleDictionary border = new PDBorderStyleDictionary();
        border.setWidth(0);
        link.setBorderStyle(border);
        link.setContents(run.text().strip() + " (" + InlineFlow.shownAddress(run.uri()) + ")");
        link.setPrinted(true);
        page.getAnnotations().add(link);
        tags.annotation(run.owner(), link);
    }

    private void picture(Mark.Picture p) throws IOException {
        float bottom = pdfY(p.top() + p.height());
        begin(p.owner());
        cs.drawImage(resources.image(p.file(), p.width()), p.x(), bottom, p.width(), p.height());
        cs.endMarkedContent();
        tags.boundingBox(p.owner(), new PDRectangle(p.x(), bottom, p.width(), p.height()));
    }

    private void box(Mark.Box b) throws IOException {
        artifact("Layout");
        cs.setLineWidth(b.lineWidth());
        cs.addRect(b.x(), pdfY(b.top() + b.height()), b.width(), b.height());
        cs.stroke();
        cs.endMarkedContent();
    }

    /** A filled disc (four Bézier arcs) or square, as a layout artifact. */
    private void bullet(Mark.Bullet b) throws IOException {
        artifact("Layout");
        float r = b.size() / 2;
        float cx = b.x() + r;
        float cy = pdfY(b.middle());
        if (b.square()) {
            cs.addRect(b.x(), cy - r, b.size(), b.size());
        } else {
            float k = 0.5523f * r; // control-point distance for a quarter circle
            cs.moveTo(cx + r, cy);
            cs.curveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
            cs.curveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
            cs.curveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
            cs.curveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
            cs.closePath();
        }
        cs.fill();
        cs.endMarkedContent();
    }

    /** Opens marked content for {@code owner}, or a pagination artifact when it is null. */
    private void begin(StructNode owner) throws IOException {
        if (owner == null) {
            artifact("Pagination");
            return;
        }
        COSDictionary props = new COSDictionary();
        props.setInt(COSName.MCID, tags.markedContent(owner));
        cs.beginMarkedContent(COSName.getPDFName(owner.type()), PDPropertyList.create(props));
    }

    private void artifact(String type) throws IOException {
        COSDictionary props = new COSDictionary();
        props.setName(COSName.TYPE, type);
        cs.beginMarkedContent(COSName.ARTIFACT, PDPropertyList.create(props));
    }

    private void noteHeading(StructNode owner, float top) {
        if (owner != null && owner.isHeading()) {
            headings.putIfAbsent(owner, new HeadingPlace(page, top));
        }
    }

    private float pdfY(float top) {
        return style.paper().height() - top;
    }
}
