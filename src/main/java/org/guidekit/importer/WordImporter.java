package org.guidekit.importer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.guidekit.check.Severity;
import org.w3c.dom.Element;

/**
 * Turns a Word leaflet (.docx) into a guide: Markdown that {@code MarkdownGuideReader} reads, its pictures, and
 * findings for what was changed or left out.
 *
 * <pre>{@code ImportedGuide guide = WordImporter.read(Path.of("leaflet.docx"), null);
 * guide.write(Path.of("content"));}</pre>
 *
 * Reading writes nothing. A file that is not a usable .docx is a {@code ContentException} (or an
 * {@code OutputException} when it cannot be read at all) whose one message says what to do.
 */
public final class WordImporter {
    private WordImporter() {
    }

    /**
     * Reads {@code docx}. The guide's name is {@code name} when given, else made from its title (else the file's
     * name).
     */
    public static ImportedGuide read(Path docx, String name) {
        try (XWPFDocument doc = DocxFile.open(docx)) {
            return convert(doc, docx, name);
        } catch (IOException e) {
            // Closing a document opened read-only writes nothing; a failure there changes nothing for the user.
            throw new IllegalStateException(e);
        }
    }

    /** Whether {@code name} can name a guide: lower-case letters and digits joined by hyphens. */
    public static boolean validName(String name) {
        return Slug.valid(name);
    }

    /** Far above a real leaflet (a long one has a few hundred paragraphs); bounds the import's time and memory. */
    static final int MAX_PARAGRAPHS = 20_000;
    static final int MAX_TABLE_CELLS = 20_000;
    /** The characters of a guide guidekit checks in seconds (a 2 MB one-paragraph guide is the measured bound). */
    static final long MAX_CHARACTERS = 2_000_000;

    private static ImportedGuide convert(XWPFDocument doc, Path docx, String name) {
        Styles styles = new Styles(doc);
        Element body = (Element) doc.getDocument().getBody().getDomNode();
        checkSize(body, docx.toString());
        List<Note> wordNotes = new ArrayList<>();
        TitleFinder.Found title = new TitleFinder(doc, styles).find(body, docx, wordNotes);
        String slug = name != null ? name : firstNonEmpty(Slug.of(title.title()),
                Slug.of(docx.getFileName().toString().replaceFirst("(?i)\\.docx?$", "")), "guide");
        Pictures pictures = new Pictures(doc, slug);
        BodyReader reader = new BodyReader(doc, styles, new ParagraphReader(doc, styles), pictures, wordNotes,
                title.consumed());
        List<Part> parts = new Grouper().group(reader.read(body));
        headersAndFooters(doc, wordNotes);
        String organization = organization(doc, wordNotes);
        List<String> front = FrontMatterLines.of(title.title(), title.subtitle(), language(doc), organization);
        String markdown = MarkdownWriter.write(front, parts);
        List<Note> notes = new ArrayList<>();
        collect(parts, notes);
        notes.sort(Comparator.comparingInt(n -> n.line));
        List<Note> word = new ArrayList<>(wordNotes);
        word.sort(Comparator.comparingInt((Note n) -> n.line == 0 ? Integer.MAX_VALUE : n.line));
        notes.addAll(word);
        return new ImportedGuide(docx.toString(), slug, markdown, pictures.files(), notes);
    }

    /**
     * Refuses a document larger than any leaflet before it is converted: every later stage (the conversion, the
     * check of the guide it makes) takes time in proportion to it, and a document of 200,000 short paragraphs
     * took minutes and more than a gigabyte. The message gives the document's counts beside the limits.
     */
    static void checkSize(Element body, String name) {
        int paragraphs = body.getElementsByTagNameNS(Xml.W, "p").getLength();
        int cells = body.getElementsByTagNameNS(Xml.W, "tc").getLength();
        long characters = 0;
        org.w3c.dom.NodeList texts = body.getElementsByTagNameNS(Xml.W, "t");
        for (int i = 0; i < texts.getLength(); i++) {
            // XMLBeans' DOM has no getTextContent (DOM level 3): the text nodes' values, then
            for (org.w3c.dom.Node t = texts.item(i).getFirstChild(); t != null; t = t.getNextSibling()) {
                characters += t.getNodeValue() == null ? 0 : t.getNodeValue().length();
            }
        }
        if (paragraphs > MAX_PARAGRAPHS || cells > MAX_TABLE_CELLS || characters > MAX_CHARACTERS) {
            throw new org.guidekit.error.ContentException(new org.guidekit.error.Problem(name, 0, String.format(
                    Locale.ROOT, "the document holds %,d paragraphs, %,d table cells and %,d characters, more than "
                    + "a leaflet (at most %,d paragraphs, %,d table cells and %,d characters), so it was not "
                    + "imported; split it into several documents, one per guide", paragraphs, cells, characters,
                    MAX_PARAGRAPHS, MAX_TABLE_CELLS, MAX_CHARACTERS)));
        }
    }

    private static String firstNonEmpty(String... options) {
        return Arrays.stream(options).filter(s -> !s.isEmpty()).findFirst().orElseThrow();
    }

    private static void collect(List<Part> parts, List<Note> into) {
        for (Part p : parts) {
            into.addAll(p.notes());
            if (p instanceof Part.Callout c) {
                collect(c.blocks(), into);
            } else if (p instanceof Part.ListPart l) {
                for (Part.Item item : l.items()) {
                    into.addAll(item.notes());
                    collect(new ArrayList<>(item.nested()), into);
                }
            }
        }
    }

    private static void headersAndFooters(XWPFDocument doc, List<Note> notes) {
        Set<String> seen = new LinkedHashSet<>();
        List<XWPFHeaderFooter> all = new ArrayList<>(doc.getHeaderList());
        all.addAll(doc.getFooterList());
        for (XWPFHeaderFooter hf : all) {
            String text = hf.getText().strip().replaceAll("\\s+", " ");
            String what = doc.getHeaderList().contains(hf) ? "page header" : "page footer";
            if (!text.isEmpty() && seen.add(what + text)) {
                notes.add(Note.inWord(what.replace("page ", ""), Severity.INFO, 0, "the " + what + " \""
                        + BodyReader.shorten(text) + "\" was left out", "if patients need what it says (a phone "
                        + "number, the clinic's name), write it in the guide; the clinic's name belongs in "
                        + "organization: in the front matter"));
            }
        }
    }

    /** The document's default language (Word's proofing language), as a guide language tag. */
    private static String language(XWPFDocument doc) {
        try {
            Element styles = (Element) doc.getStyle().getDomNode();
            Element lang = Xml.path(styles, "docDefaults", "rPrDefault", "rPr", "lang");
            String tag = Xml.attr(lang, "val");
            if (tag == null || tag.isBlank()) {
                return null;
            }
            Locale locale = Locale.forLanguageTag(tag);
            boolean known = Arrays.asList(Locale.getISOLanguages()).contains(locale.getLanguage());
            return known && locale.toLanguageTag().equalsIgnoreCase(tag) ? locale.toLanguageTag() : null;
        } catch (IOException | org.apache.xmlbeans.XmlException | RuntimeException e) {
            return null; // no styles part: the guide gets the default language
        }
    }

    private static String organization(XWPFDocument doc, List<Note> notes) {
        String company = doc.getProperties().getExtendedProperties().getCompany();
        if (company == null || company.isBlank()) {
            return null;
        }
        notes.add(Note.inWord("organization", Severity.INFO, 0, "organization: \"" + company.strip() + "\" was "
                + "taken from the document's Company property", "check it is your clinic's name as patients "
                + "should see it"));
        return company.strip().replaceAll("\\s+", " ");
    }

    /** Finds the title and subtitle paragraphs before the body is read, so they are not read twice. */
    static final class TitleFinder {
        record Found(String title, String subtitle, Set<Element> consumed) {
        }

        private final XWPFDocument doc;
        private final Styles styles;

        TitleFinder(XWPFDocument doc, Styles styles) {
            this.doc = doc;
            this.styles = styles;
        }

        Found find(Element body, Path docx, List<Note> notes) {
            ParagraphReader reader = new ParagraphReader(doc, styles);
            Element titleP = null;
            Element heading1 = null;
            Element subtitleP = null;
            for (Element p : Xml.children(body, "p")) {
                Styles.Resolved s = styles.paragraphStyle(Xml.val(Xml.child(p, "pPr"), "pStyle"));
                if (text(reader, p).isEmpty()) {
                    continue;
                }
                if (s.name().equals("title") && titleP == null) {
                    titleP = p;
                } else if (s.name().equals("subtitle") && subtitleP == null) {
                    subtitleP = p;
                } else if (s.headingLevel() == 1 && heading1 == null) {
                    heading1 = p;
                }
            }
            Set<Element> consumed = new HashSet<>();
            Element chosen = titleP != null ? titleP : heading1;
            String title;
            if (chosen != null) {
                consumed.add(chosen);
                title = text(reader, chosen);
            } else {
                String property = doc.getProperties().getCoreProperties().getTitle();
                if (property != null && !property.isBlank()) {
                    title = property.strip();
                } else {
                    title = docx.getFileName().toString().replaceFirst("(?i)\\.docx?$", "").replace('_', ' ');
                    notes.add(Note.inWord("title", Severity.WARNING, 0, "the document has no title (no Title style, "
                            + "Heading 1 or title property), so the file name became the title", "write the title "
                            + "patients should see after title: in the front matter"));
                }
            }
            String subtitle = null;
            if (subtitleP != null) {
                consumed.add(subtitleP);
                subtitle = text(reader, subtitleP);
            }
            return new Found(title, subtitle, consumed);
        }

        private static String text(ParagraphReader reader, Element p) {
            WordParagraph wp = reader.read(p);
            return Spans.text(Spans.oneLine(TextFolder.fold(wp.spans, new ArrayList<>()))).strip();
        }
    }
}
