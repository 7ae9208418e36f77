package org.guidekit.importer;

import java.util.ArrayList;
import java.util.List;

import org.w3c.dom.Element;

/** What one Word paragraph holds once its runs are read: text spans, pictures, text boxes and what was seen. */
final class WordParagraph {
    final Element element;
    /** Position among all paragraphs read, from 1; names the paragraph in findings about the Word file. */
    final int number;
    final List<Span> spans = new ArrayList<>();
    final List<PictureRef> pictures = new ArrayList<>();
    final List<Element> textBoxes = new ArrayList<>();
    /** Findings about text that is written to the guide (symbols, footnotes); placed with the block. */
    final List<Note> notes = new ArrayList<>();
    boolean pageBreak;
    boolean trackedChange;
    boolean hiddenText;
    final List<String> commentIds = new ArrayList<>();

    WordParagraph(Element element, int number) {
        this.element = element;
        this.number = number;
    }

    /** The visible text, line breaks as spaces. */
    String text() {
        StringBuilder sb = new StringBuilder();
        for (Span s : spans) {
            sb.append(s.isBreak() ? " " : s.text());
        }
        return sb.toString();
    }

    /** The first words, to name the paragraph in a finding: {@code "Call us on…"}. */
    String quote() {
        String t = text().strip().replaceAll("\\s+", " ");
        return t.isEmpty() ? "an empty paragraph" : "\"" + (t.length() > 40 ? t.substring(0, 37) + "..." : t) + "\"";
    }

    /**
     * A picture in the paragraph.
     *
     * @param embedId    relationship id of the embedded image, or null
     * @param linked     true when the image is only linked to a file outside the document
     * @param alt        Word's alt text (description, else title), possibly empty
     * @param decorative marked "decorative" in Word
     * @param hyperlink  where a click on the picture goes, or null
     */
    record PictureRef(String embedId, boolean linked, String alt, boolean decorative, String hyperlink) {
    }
}
