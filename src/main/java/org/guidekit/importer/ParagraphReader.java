package org.guidekit.importer;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.xwpf.usermodel.XWPFAbstractFootnoteEndnote;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.guidekit.check.Severity;
import org.w3c.dom.Element;

/**
 * Reads a paragraph's runs in order: text with bold and italic, hyperlinks (elements and HYPERLINK fields), line
 * breaks, symbols, pictures and text boxes. Tracked changes are taken as accepted (insertions kept, deletions
 * dropped); comments, page breaks and hidden text are noted.
 */
final class ParagraphReader {
    private static final Pattern HYPERLINK_FIELD = Pattern.compile("^\\s*HYPERLINK\\s+(?:\"([^\"]+)\"|(\\S+))(.*)$");
    private final XWPFDocument doc;
    private final Styles styles;
    private int count;

    ParagraphReader(XWPFDocument doc, Styles styles) {
        this.doc = doc;
        this.styles = styles;
    }

    WordParagraph read(Element p) {
        WordParagraph out = new WordParagraph(p, ++count);
        new Walk(out).children(p, null);
        return out;
    }

    /** Walks one paragraph, keeping the state of complex fields ({@code w:fldChar}). */
    private final class Walk {
        private final WordParagraph out;
        private final Deque<Field> fields = new ArrayDeque<>();

        Walk(WordParagraph out) {
            this.out = out;
        }

        void children(Element parent, String link) {
            for (Element e : Xml.children(parent)) {
                element(e, link);
            }
        }

        private void element(Element e, String link) {
            String n = Xml.name(e);
            if (!Xml.W.equals(e.getNamespaceURI())) {
                return;
            }
            switch (n) {
                case "r" -> run(e, link);
                case "hyperlink" -> children(e, usable(hyperlink(e, link), link));
                case "ins", "moveTo" -> {
                    out.trackedChange = true;
                    children(e, link);
                }
                case "del", "moveFrom" -> out.trackedChange = true;
                case "fldSimple" -> children(e, usable(fieldLink(Xml.attr(e, "instr"), link), link));
                case "smartTag", "customXml", "sdtContent" -> children(e, link);
                case "sdt" -> children(Xml.child(e, "sdtContent"), link);
                case "commentRangeStart" -> out.commentIds.add(Xml.attr(e, "id"));
                case "pPr" -> out.trackedChange |= Xml.child(e, "pPrChange") != null
                        || Xml.path(e, "rPr", "ins") != null || Xml.path(e, "rPr", "del") != null;
                default -> {
                    // bookmarks, proofing marks, permissions: nothing to show
                }
            }
        }

        /**
         * The link as a guide may hold it: "www.…" gets https://; a link to a file on a computer or to anything
         * but a web page, e-mail or phone number is left out (its text stays), with a finding.
         */
        private String usable(String url, String outer) {
            if (url == null || url.equals(outer)) {
                return url;
            }
            String u = url.strip();
            if (u.regionMatches(true, 0, "www.", 0, 4)) {
                return "https://" + u;
            }
            String scheme = u.matches("(?s)[A-Za-z][A-Za-z0-9+.-]*:.*") ? u.substring(0, u.indexOf(':'))
                    .toLowerCase(java.util.Locale.ROOT) : "";
            if (scheme.equals("http") || scheme.equals("https") || scheme.equals("mailto") || scheme.equals("tel")) {
                return u;
            }
            out.notes.add(Note.inGuide("link", Severity.WARNING, "a link to \"" + BodyReader.shorten(u) + "\" was "
                    + "left out (its text is kept): guides link only to web pages, e-mail addresses and phone "
                    + "numbers", "if patients need it, link to a web page with [text](https://...)"));
            return outer;
        }

        private String hyperlink(Element e, String outer) {
            String id = Xml.attr(e, Xml.R, "id");
            if (id == null || id.isEmpty()) {
                return outer; // a link to a bookmark inside the document: keep the text only
            }
            PackageRelationship rel = doc.getPackagePart().getRelationship(id);
            if (rel == null) {
                return outer;
            }
            String url = rel.getTargetURI().toString();
            String anchor = Xml.attr(e, "anchor");
            return anchor == null || anchor.isEmpty() ? url : url + "#" + anchor;
        }

        private String fieldLink(String instr, String outer) {
            if (instr == null) {
                return outer;
            }
            Matcher m = HYPERLINK_FIELD.matcher(instr);
            if (!m.matches()) {
                return outer;
            }
            String url = m.group(1) != null ? m.group(1) : m.group(2);
            return url.startsWith("\\") ? outer : url; // "HYPERLINK \l bookmark": inside the document
        }

        private void run(Element r, String link) {
            Element rPr = Xml.child(r, "rPr");
            boolean bold = styles.runBold(rPr);
            boolean italic = styles.runItalic(rPr);
            boolean hidden = Boolean.TRUE.equals(Xml.onOff(rPr, "vanish"));
            out.trackedChange |= rPr != null && Xml.child(rPr, "rPrChange") != null;
            String font = rPr == null ? null : Xml.attr(Xml.child(rPr, "rFonts"), "ascii");
            for (Element e : Xml.children(r)) {
                String n = Xml.name(e);
                if (n.equals("fldChar")) {
                    fieldChar(e);
                    continue;
                } else if (n.equals("instrText")) {
                    if (!fields.isEmpty() && !fields.peek().result) {
                        fields.peek().instr.append(Xml.text(e));
                    }
                    continue;
                }
                if (!fields.isEmpty() && !fields.peek().result) {
                    continue; // inside a field's code, which Word does not show
                }
                String l = currentLink(link);
                if (hidden && (n.equals("t") || n.equals("sym"))) {
                    out.hiddenText = true;
                    continue;
                }
                switch (n) {
                    case "t" -> text(symbolFont(Xml.text(e), font), bold, italic, l);
                    case "tab", "ptab" -> text("\t", bold, italic, l);
                    case "br" -> lineOrPageBreak(Xml.attr(e, "type"));
                    case "cr" -> out.spans.add(Span.lineBreak());
                    case "noBreakHyphen" -> text("-", bold, italic, l);
                    case "sym" -> symbol(e, bold, italic, l);
                    case "drawing", "pict" -> drawing(e);
                    case "AlternateContent" -> {
                        Element choice = firstChoice(e);
                        if (choice != null) {
                            for (Element c : Xml.children(choice)) {
                                drawing(c);
                            }
                        }
                    }
                    case "footnoteReference", "endnoteReference" -> footnote(e, n.startsWith("foot"), bold, l);
                    case "commentReference" -> {
                        if (!out.commentIds.contains(Xml.attr(e, "id"))) {
                            out.commentIds.add(Xml.attr(e, "id"));
                        }
                    }
                    case "object", "embedObject" -> out.notes.add(Note.inGuide("object", Severity.WARNING,
                            "an embedded object (a chart, equation or file) was left out",
                            "paste it as a picture in Word and import again, or describe it in words"));
                    default -> {
                        // softHyphen, lastRenderedPageBreak, delText, annotation marks: nothing to show
                    }
                }
            }
        }

        private void text(String t, boolean bold, boolean italic, String link) {
            out.spans.add(new Span(t, bold, italic, link));
        }

        private void lineOrPageBreak(String type) {
            if ("page".equals(type) || "column".equals(type)) {
                out.pageBreak = true;
            } else {
                out.spans.add(Span.lineBreak());
            }
        }

        private void symbol(Element e, boolean bold, boolean italic, String link) {
            String font = Xml.attr(e, "font");
            String hex = Xml.attr(e, "char");
            int code;
            try {
                code = Integer.parseInt(hex == null ? "" : hex, 16);
            } catch (NumberFormatException ex) {
                return;
            }
            String text = Symbols.fromFont(font, code);
            if (text == null) {
                out.notes.add(Note.inGuide("symbol", Severity.WARNING, "a symbol from the " + font
                        + " font (code " + hex + ") was left out", "if it meant something, write that in words"));
                return;
            }
            text(text, bold, italic, link);
        }

        private void footnote(Element e, boolean foot, boolean bold, String link) {
            String id = Xml.attr(e, "id");
            XWPFAbstractFootnoteEndnote note;
            try {
                int n = Integer.parseInt(id);
                note = foot ? doc.getFootnoteByID(n) : doc.getEndnoteByID(n);
            } catch (NumberFormatException ex) {
                note = null;
            }
            if (note == null) {
                return;
            }
            StringBuilder sb = new StringBuilder();
            for (XWPFParagraph p : note.getParagraphs()) {
                sb.append(' ').append(p.getText());
            }
            String text = sb.toString().strip();
            if (!text.isEmpty()) {
                text(" (" + text + ")", bold, false, link);
                out.notes.add(Note.inGuide("footnote", Severity.INFO, "a " + (foot ? "footnote" : "endnote")
                        + " was put in brackets where its mark was", "check that the sentence still reads well"));
            }
        }

        private void drawing(Element e) {
            for (Element box : Xml.descendants(e, "txbxContent")) {
                out.textBoxes.add(box);
            }
            Pictures.refs(e, this::pictureLink).forEach(out.pictures::add);
        }

        private String pictureLink(String relId) {
            PackageRelationship rel = relId == null ? null : doc.getPackagePart().getRelationship(relId);
            return rel == null ? null : rel.getTargetURI().toString();
        }

        private void fieldChar(Element e) {
            String type = Xml.attr(e, "fldCharType");
            if ("begin".equals(type)) {
                fields.push(new Field());
            } else if ("separate".equals(type) && !fields.isEmpty()) {
                Field f = fields.peek();
                f.result = true;
                f.link = usable(fieldLink(f.instr.toString(), null), null);
            } else if ("end".equals(type) && !fields.isEmpty()) {
                fields.pop();
            }
        }

        private String currentLink(String link) {
            for (Field f : fields) {
                if (f.link != null) {
                    return f.link;
                }
            }
            return link;
        }

        private static Element firstChoice(Element alternate) {
            List<Element> kids = Xml.children(alternate);
            return kids.isEmpty() || !"Choice".equals(Xml.name(kids.get(0))) ? null : kids.get(0);
        }
    }

    /** Text typed in a symbol font is stored as codes of that font; translate what is known. */
    private static String symbolFont(String text, String font) {
        if (!Symbols.isSymbolFont(font)) {
            return text;
        }
        StringBuilder sb = new StringBuilder();
        text.codePoints().forEach(c -> {
            String u = Symbols.fromFont(font, c);
            sb.append(u != null ? u : c == ' ' ? " " : "\uF000"); // private use: reported by the folder
        });
        return sb.toString();
    }

    private static final class Field {
        final StringBuilder instr = new StringBuilder();
        boolean result;
        String link;
    }
}
