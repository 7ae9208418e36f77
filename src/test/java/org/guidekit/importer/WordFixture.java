package org.guidekit.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;

/**
 * Builds Word documents for the importer's tests with Apache POI, as Word would store them: built-in styles by
 * name, numbering definitions for lists, pictures with alt text, and raw WordprocessingML where POI has no API
 * (text boxes, tracked changes, comment ranges).
 */
final class WordFixture implements AutoCloseable {
    static {
        PoiLogging.quiet(); // before any POI class logs
    }

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String STYLES = """
            <w:styles xmlns:w="%s">
              <w:docDefaults><w:rPrDefault><w:rPr><w:lang w:val="%s"/></w:rPr></w:rPrDefault></w:docDefaults>
              <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
              <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>
              <w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/></w:style>
              <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/>
                <w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
              <w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/>
                <w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>
              <w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/>
                <w:pPr><w:outlineLvl w:val="2"/></w:pPr></w:style>
              <w:style w:type="paragraph" w:styleId="Heading4"><w:name w:val="heading 4"/>
                <w:pPr><w:outlineLvl w:val="3"/></w:pPr></w:style>
              <w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/></w:style>
              <w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="caption"/></w:style>
              <w:style w:type="paragraph" w:styleId="IntenseQuote"><w:name w:val="Intense Quote"/></w:style>
              <w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/></w:style>
            </w:styles>""";

    /** Parse an element's content into the type (not a document holding the element). */
    private static final org.apache.xmlbeans.XmlOptions ROOT_AS_TYPE = new org.apache.xmlbeans.XmlOptions()
            .setLoadReplaceDocumentElement(null);
    final XWPFDocument doc = new XWPFDocument();
    private BigInteger bullets;
    private BigInteger numbers;

    WordFixture() {
        this("en-US");
    }

    WordFixture(String language) {
        try {
            doc.createStyles().setStyles(CTStyles.Factory.parse(STYLES.formatted(W, language), ROOT_AS_TYPE));
        } catch (XmlException e) {
            throw new IllegalStateException(e);
        }
    }

    XWPFParagraph styled(String style, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(style);
        if (text != null) {
            p.createRun().setText(text);
        }
        return p;
    }

    XWPFParagraph para(String text) {
        return styled(null, text);
    }

    /** A paragraph of runs; {@code **text**} pieces become bold runs, {@code _text_} italic ones. */
    XWPFParagraph marked(XWPFParagraph p, String marked) {
        boolean bold = false;
        boolean italic = false;
        for (String piece : marked.split("(?=\\*\\*|_)|(?<=\\*\\*)|(?<=_)")) {
            if (piece.equals("**")) {
                bold = !bold;
            } else if (piece.equals("_")) {
                italic = !italic;
            } else if (!piece.isEmpty()) {
                XWPFRun r = p.createRun();
                r.setText(piece);
                r.setBold(bold);
                r.setItalic(italic);
            }
        }
        return p;
    }

    XWPFRun link(XWPFParagraph p, String url, String text) {
        XWPFHyperlinkRun r = p.createHyperlinkRun(url);
        r.setText(text);
        return r;
    }

    /** An item of the list {@code numId} (see {@link #numbering}). */
    XWPFParagraph item(BigInteger numId, int level, String marked) {
        return listItem(numId, level, marked);
    }

    XWPFParagraph bullet(int level, String marked) {
        return listItem(bullets(), level, marked);
    }

    XWPFParagraph numbered(int level, String marked) {
        return listItem(numbers(), level, marked);
    }

    /** A fresh numbered list (restarting at its start number). */
    void restartNumbers() {
        numbers = null;
    }

    private XWPFParagraph listItem(BigInteger numId, int level, String marked) {
        XWPFParagraph p = styled("ListParagraph", null);
        p.setNumID(numId);
        p.setNumILvl(BigInteger.valueOf(level));
        return marked(p, marked);
    }

    private BigInteger bullets() {
        if (bullets == null) {
            bullets = numbering("bullet", "\u2022");
        }
        return bullets;
    }

    private BigInteger numbers() {
        if (numbers == null) {
            numbers = numbering("decimal", "%1.");
        }
        return numbers;
    }

    BigInteger numbering(String format, String text) {
        XWPFNumbering numbering = doc.getNumbering() != null ? doc.getNumbering() : doc.createNumbering();
        int id = numbering.getAbstractNums().size() + 1;
        StringBuilder levels = new StringBuilder();
        for (int l = 0; l < 3; l++) {
            levels.append("<w:lvl w:ilvl=\"").append(l).append("\"><w:start w:val=\"1\"/><w:numFmt w:val=\"")
                    .append(format).append("\"/><w:lvlText w:val=\"").append(text.replace("1", "" + (l + 1)))
                    .append("\"/></w:lvl>");
        }
        try {
            CTAbstractNum abs = CTAbstractNum.Factory.parse("<w:abstractNum xmlns:w=\"" + W + "\" w:abstractNumId=\""
                    + id + "\">" + levels + "</w:abstractNum>", ROOT_AS_TYPE);
            BigInteger absId = numbering.addAbstractNum(new XWPFAbstractNum(abs, numbering));
            return numbering.addNum(absId);
        } catch (XmlException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A paragraph with a light grey background: Word's shaded box. */
    XWPFParagraph shaded(XWPFParagraph p) {
        var pPr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        var shd = pPr.addNewShd();
        shd.setFill("E7E6E6");
        shd.setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd.CLEAR);
        return p;
    }

    XWPFPicture picture(XWPFParagraph p, byte[] png, String alt, String linkUrl) {
        return picture(p, png, PictureType.PNG, alt, linkUrl);
    }

    XWPFPicture picture(XWPFParagraph p, byte[] data, PictureType type, String alt, String linkUrl) {
        try {
            XWPFRun r = p.createRun();
            XWPFPicture pic = r.addPicture(new ByteArrayInputStream(data), type, "picture" + (type.extension.startsWith(".") ? "" : ".") + type.extension,
                    Units.toEMU(40), Units.toEMU(20));
            var docPr = r.getCTR().getDrawingArray(0).getInlineArray(0).getDocPr();
            docPr.setDescr(alt == null ? "" : alt);
            if (linkUrl != null) {
                String id = doc.getPackagePart().addExternalRelationship(linkUrl,
                        XWPFRelation.HYPERLINK.getRelation()).getId();
                docPr.addNewHlinkClick().setId(id);
            }
            return pic;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A table of plain text; {@code rows[0]} is the header. */
    XWPFTable table(String[][] rows) {
        XWPFTable t = doc.createTable(rows.length, rows[0].length);
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < rows[r].length; c++) {
                XWPFTableCell cell = t.getRow(r).getCell(c);
                marked(cell.getParagraphs().get(0), rows[r][c]);
            }
        }
        return t;
    }

    /** Appends a paragraph written as WordprocessingML (namespace prefix w: declared here). */
    XWPFParagraph rawParagraph(String innerXml) {
        try {
            CTP p = CTP.Factory.parse("<w:p xmlns:w=\"" + W + "\" xmlns:v=\"urn:schemas-microsoft-com:vml\">"
                    + innerXml + "</w:p>", ROOT_AS_TYPE);
            XWPFParagraph para = doc.createParagraph();
            para.getCTP().set(p);
            return para;
        } catch (XmlException e) {
            throw new IllegalStateException(e);
        }
    }

    void pageBreak(XWPFParagraph p) {
        p.createRun().addBreak(BreakType.PAGE);
    }

    void comment(String id, String author, String text) {
        var comments = doc.getDocComments() != null ? doc.getDocComments() : doc.createComments();
        XWPFComment c = comments.createComment(new BigInteger(id));
        c.setAuthor(author);
        c.createParagraph().createRun().setText(text);
    }

    void header(String text) {
        doc.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun().setText(text);
    }

    void footer(String text) {
        doc.createFooter(HeaderFooterType.DEFAULT).createParagraph().createRun().setText(text);
    }

    Path save(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                doc.write(out);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        doc.close();
    }

    /** A small PNG (its content is not read by these tests, only its bytes are compared). */
    static byte[] png(int shade) {
        try {
            java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(40, 20,
                    java.awt.image.BufferedImage.TYPE_BYTE_GRAY);
            img.getRaster().setSample(0, 0, 0, shade);
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            javax.imageio.ImageIO.write(img, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
