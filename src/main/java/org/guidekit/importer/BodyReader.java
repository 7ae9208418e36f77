package org.guidekit.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.guidekit.check.Severity;
import org.w3c.dom.Element;

/**
 * Reads the body of a Word document (and the inside of text boxes and table cells) into {@link Entry}s: each
 * paragraph is classified as a heading, list item, boxed or plain text; tables become table parts or, with one
 * cell, boxes; pictures become figures. What is left out is noted against the Word paragraph.
 */
final class BodyReader {
    private static final Pattern BULLET = Pattern.compile("^([\\t ]*)([\\u2022\\u00B7\\u25AA\\u25A0\\u25CF\\u25E6"
            + "\\u25CB\\u2023\\u2043\\u2219\\u27A2\\u27A4\\u25BA\\u25B6\\u2713\\u2714\\u2610\\u2611\\u25A1\\u2751"
            + "\\u2756\\u25C6\\u25C7\\uF0B7\\uF0A7\\uF0D8\\uF076\\uF0FC\\uF06C\\uF06E\\uF071*\\-\\u2013\\u2014]|o(?=\\t))"
            + "[\\t ]+(?=\\S)");
    private static final Pattern NUMBER = Pattern.compile(
            "^([\\t ]*)(?:\\(?(\\d{1,3})[.)]|\\(?([a-z])\\)|([a-z])\\.(?=\\t))[\\t ]+(?=\\S)");
    static final String TODO_ALT = "TODO: describe this picture";
    private static final Pattern WRITE_IN = Pattern.compile("[ \\t]*_{3,}[_ \\t]*");
    private static final Pattern RULE_LINE = Pattern.compile("^\\s*([-_*=~\u2014\u2013]\\s*){3,}$");

    private final XWPFDocument doc;
    private final Styles styles;
    private final Numbering numbering;
    private final ParagraphReader paragraphs;
    private final Pictures pictures;
    private final List<Note> wordNotes;
    private final Set<Element> consumed;

    BodyReader(XWPFDocument doc, Styles styles, ParagraphReader paragraphs, Pictures pictures, List<Note> wordNotes,
               Set<Element> consumed) {
        this.doc = doc;
        this.styles = styles;
        this.numbering = new Numbering(doc);
        this.paragraphs = paragraphs;
        this.pictures = pictures;
        this.wordNotes = wordNotes;
        this.consumed = consumed;
    }

    /** The entries of a body, a table cell, a text box or a content control, in order. */
    List<Entry> read(Element container) {
        List<Entry> out = new ArrayList<>();
        for (Element e : Xml.children(container)) {
            if (Xml.is(e, "p")) {
                paragraph(e, out);
            } else if (Xml.is(e, "tbl")) {
                new TableReader(this).table(e, out);
            } else if (Xml.is(e, "sdt")) {
                out.addAll(read(Xml.child(e, "sdtContent")));
            } else if (Xml.is(e, "customXml")) {
                out.addAll(read(e));
            }
        }
        return out;
    }

    /** Reads a paragraph's runs and records what the guide leaves out of it. */
    WordParagraph readParagraph(Element p) {
        WordParagraph wp = paragraphs.read(p);
        Element pPr = Xml.child(p, "pPr");
        if (wp.pageBreak || Boolean.TRUE.equals(Xml.onOff(pPr, "pageBreakBefore"))) {
            wordNotes.add(Note.inWord("page-break", Severity.INFO, wp.number, "a page break at " + wp.quote()
                    + " was left out", "the guide flows onto pages by itself; start a new section with a ## heading "
                    + "if a new topic begins"));
        }
        if (wp.trackedChange) {
            wordNotes.add(Note.inWord("tracked-change", Severity.WARNING, wp.number, "tracked changes in "
                    + wp.quote() + " were taken as accepted", "check that this is the wording you want"));
        }
        if (wp.hiddenText) {
            wordNotes.add(Note.inWord("hidden-text", Severity.INFO, wp.number, "hidden text in " + wp.quote()
                    + " was left out", "show it in Word (uncheck Hidden in Font) and import again if it is needed"));
        }
        for (String id : wp.commentIds) {
            XWPFComment c = id == null ? null : doc.getCommentByID(id);
            String text = c == null ? "" : c.getText().strip().replaceAll("\\s+", " ");
            String who = c == null || c.getAuthor() == null || c.getAuthor().isBlank() ? "" : " by " + c.getAuthor();
            wordNotes.add(Note.inWord("comment", Severity.WARNING, wp.number, "a comment" + who + " on "
                    + wp.quote() + " was left out" + (text.isEmpty() ? "" : ": \"" + shorten(text) + "\""),
                    "deal with the comment, then change the guide if needed"));
        }
        return wp;
    }

    private void paragraph(Element p, List<Entry> out) {
        WordParagraph wp = readParagraph(p);
        if (!consumed.contains(p) && !caption(wp, out)) {
            Entry text = classify(wp, Xml.child(p, "pPr"));
            if (text != null) {
                out.add(text);
            }
        }
        figures(wp, out);
        for (Element box : wp.textBoxes) {
            List<Entry> content = read(box);
            if (!content.isEmpty()) {
                out.add(new Entry.BoxEntry(content));
            }
        }
    }

    /**
     * A caption right under a picture: it repeats the picture's description (dropped), or it is the only
     * description there is (it becomes the alt text). Returns whether the paragraph was used up.
     */
    private boolean caption(WordParagraph wp, List<Entry> out) {
        Styles.Resolved style = styles.paragraphStyle(Xml.val(Xml.child(wp.element, "pPr"), "pStyle"));
        if (!style.name().contains("caption") || out.isEmpty()
                || !(out.get(out.size() - 1) instanceof Entry.PartEntry last)
                || !(last.part() instanceof Part.Figure figure)) {
            return false;
        }
        String text = Spans.text(Spans.oneLine(TextFolder.fold(wp.spans, new ArrayList<>()))).strip();
        if (text.equalsIgnoreCase(figure.alt())) {
            return true;
        }
        if (figure.alt().equals(TODO_ALT) && !text.isEmpty()) {
            List<Note> notes = new ArrayList<>(figure.notes());
            notes.removeIf(n -> n.rule.equals("import-alt-text"));
            notes.add(Note.inGuide("alt-text", Severity.INFO, "the picture had no description, so its caption "
                    + "became one", "check that it tells a patient what the picture shows"));
            out.set(out.size() - 1, new Entry.PartEntry(new Part.Figure(text, figure.src(), notes)));
            return true;
        }
        return false;
    }

    private Entry classify(WordParagraph wp, Element pPr) {
        Styles.Resolved style = styles.paragraphStyle(Xml.val(pPr, "pStyle"));
        String raw = wp.text();
        if (raw.isBlank()) {
            if (Styles.onlyBottomBorder(pPr) || style.ruled() && !Styles.shaded(pPr)) {
                ruleNote(wp);
            }
            return null;
        }
        int heading = headingLevel(style, pPr);
        if (heading > 0) {
            List<Span> spans = Spans.oneLine(TextFolder.fold(wp.spans, wp.notes));
            return spans.isEmpty() ? null : new Entry.HeadingEntry(heading, spans, wp.notes);
        }
        if (RULE_LINE.matcher(raw).matches()) {
            if (raw.contains("_")) {
                writeInNote(wp);
            } else {
                ruleNote(wp);
            }
            return null;
        }
        Entry.ListInfo list = wordList(wp, pPr, style);
        List<Span> spans = wp.spans;
        if (list == null) {
            Matcher bullet = BULLET.matcher(raw);
            Matcher number = NUMBER.matcher(raw);
            int indent = Styles.parseInt(Xml.attr(Xml.child(pPr, "ind"), "left"),
                    Styles.parseInt(Xml.attr(Xml.child(pPr, "ind"), "start"), 0));
            if (bullet.lookingAt()) {
                list = new Entry.ListInfo(false, 0, 1, false, true, indent + tabs(bullet.group(1)));
                spans = Spans.dropChars(spans, bullet.end());
            } else if (number.lookingAt()) {
                String digits = number.group(2);
                int n = digits != null ? Integer.parseInt(digits)
                        : (number.group(3) != null ? number.group(3) : number.group(4)).charAt(0) - 'a' + 1;
                list = new Entry.ListInfo(true, 0, n, digits == null, true, indent + tabs(number.group(1)));
                spans = Spans.dropChars(spans, number.end());
            }
        }
        spans = Spans.tidy(TextFolder.fold(writeIns(spans, wp), wp.notes));
        if (spans.isEmpty()) {
            return null;
        }
        boolean boxed = style.boxed() || Styles.shaded(pPr) || Styles.boxBorders(pPr);
        return new Entry.TextEntry(spans, list, boxed, wp.notes);
    }

    private static int tabs(String leading) {
        int twips = 0;
        for (char c : leading.toCharArray()) {
            twips += c == '\t' ? 720 : 120;
        }
        return twips;
    }

    private int headingLevel(Styles.Resolved style, Element pPr) {
        if (style.name().equals("title")) {
            return 1; // a second title: a section like the other level-1 headings
        }
        if (style.headingLevel() > 0) {
            return style.headingLevel();
        }
        int outline = Styles.parseInt(Xml.val(pPr, "outlineLvl"), -1);
        return outline >= 0 && outline < 9 ? outline + 1 : 0;
    }

    private Entry.ListInfo wordList(WordParagraph wp, Element pPr, Styles.Resolved style) {
        Element numPr = Xml.child(pPr, "numPr");
        String numId = numPr != null ? Xml.val(numPr, "numId") : style.numId();
        int ilvl = numPr != null && Xml.val(numPr, "ilvl") != null ? Styles.parseInt(Xml.val(numPr, "ilvl"), 0)
                : style.ilvl();
        Numbering.Level level = numbering.level(numId, ilvl);
        if (level == null) {
            return null;
        }
        int number = numbering.next(numId, ilvl, level);
        return new Entry.ListInfo(level.ordered(), ilvl, number, level.lettered(), false, 0);
    }

    /** Write-in lines ("Your next visit: ________") cannot be filled in on screen or by ear. */
    private List<Span> writeIns(List<Span> spans, WordParagraph wp) {
        List<Span> out = new ArrayList<>();
        boolean found = false;
        for (Span s : spans) {
            Matcher m = WRITE_IN.matcher(s.text());
            if (!s.isBreak() && m.find()) {
                found = true;
                out.add(s.withText(m.replaceAll(" ")));
            } else {
                out.add(s);
            }
        }
        if (found) {
            wp.notes.add(Note.inGuide("write-in-line", Severity.INFO, "a write-in line (____) was removed here",
                    "patients reading on screen or listening cannot fill it in; say in words what to write down"));
        }
        return out;
    }

    private void writeInNote(WordParagraph wp) {
        wordNotes.add(Note.inWord("write-in-line", Severity.INFO, wp.number, "a line of underscores (a write-in "
                + "line) was left out", "patients reading on screen or listening cannot fill it in; say in words "
                + "what to write down"));
    }

    private void ruleNote(WordParagraph wp) {
        wordNotes.add(Note.inWord("line", Severity.INFO, wp.number, "a horizontal line was left out",
                "start a new section with a ## heading where a new topic begins"));
    }

    /** Figures for the paragraph's pictures, each with its alt text or a TODO and a finding. */
    void figures(WordParagraph wp, List<Entry> out) {
        for (WordParagraph.PictureRef ref : wp.pictures) {
            if (ref.decorative()) {
                wordNotes.add(Note.inWord("picture", Severity.INFO, wp.number, "a picture marked as decorative in "
                        + "Word was left out", "add it with ![description](images/name.png) if it tells the "
                        + "patient something"));
                continue;
            }
            String src = pictures.save(ref, wp.number, wordNotes);
            if (src == null) {
                continue;
            }
            out.add(new Entry.PartEntry(figure(ref, src)));
        }
    }

    private static Part.Figure figure(WordParagraph.PictureRef ref, String src) {
        List<Note> notes = new ArrayList<>();
        String alt = Spans.text(Spans.tidy(TextFolder.fold(List.of(Span.plain(ref.alt().replaceAll("\\s+", " "))),
                notes)));
        String auto = "(?i)[.\\s]*description automatically generated( with (low|medium|high) confidence)?\\.?\\s*$";
        if (alt.matches("(?is).*" + auto.substring(4))) {
            alt = alt.replaceAll(auto, "").strip();
            notes.add(Note.inGuide("alt-text", Severity.WARNING, "Word wrote this picture's description by itself",
                    "check that it tells a patient what the picture shows"));
        }
        if (alt.matches("(?i)[^\\s]*\\.(png|jpe?g|gif|bmp|tiff?|emf|wmf|svg|heic|webp)")) {
            // Older Word versions store the picture's file name as its description.
            alt = "";
        }
        if (alt.isEmpty()) {
            alt = TODO_ALT;
            notes.add(Note.inGuide("alt-text", Severity.WARNING, "this picture has no description (alt text) in "
                    + "Word", "replace \"TODO: describe this picture\" with what the picture shows"));
        }
        if (ref.hyperlink() != null) {
            notes.add(Note.inGuide("picture-link", Severity.INFO, "the picture linked to " + ref.hyperlink()
                    + "; a picture in a guide cannot be a link, so the link was left out",
                    "if patients need the link, write it in the text"));
        }
        return new Part.Figure(alt, src, notes);
    }

    List<Note> wordNotes() {
        return wordNotes;
    }

    static String shorten(String s) {
        return s.length() > 80 ? s.substring(0, 77) + "..." : s;
    }
}
