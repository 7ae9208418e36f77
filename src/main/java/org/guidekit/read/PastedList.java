package org.guidekit.read;

import java.util.List;

import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;

/**
 * Lists pasted from Word: an indented "- item" or a "• item" line right after a paragraph line is not a Markdown
 * list, so it is joined into the paragraph and printed and spoken as "... - Leafy greens - Cranberry juice". Each
 * such line is reported at its own line with what to do.
 */
final class PastedList {
    /** Bullet characters Word and web pages use; Markdown knows none of them. */
    private static final String BULLETS = "\u2022\u25E6\u25AA\u25CF\u00B7\u2023\u2043";

    private PastedList() {
    }

    static void check(Paragraph p, Lines lines, Problems problems) {
        List<SourceSpan> spans = p.getSourceSpans();
        for (int i = 0; i < spans.size(); i++) {
            SourceSpan span = spans.get(i);
            String raw = lines.bodyLine(span.getLineIndex());
            String text = raw.substring(Math.min(raw.length(), span.getColumnIndex())).stripLeading();
            boolean bullet = text.length() > 1 && BULLETS.indexOf(text.charAt(0)) >= 0;
            boolean markdownBullet = i > 0 && text.length() > 2 && "-*+".indexOf(text.charAt(0)) >= 0
                    && text.charAt(1) == ' ';
            if (bullet || markdownBullet) {
                problems.add(lines.fileLine(span.getLineIndex()), "this line looks like a list item, but it is joined "
                        + "to the text above it (lists pasted from Word often are); put a blank line before the list "
                        + "and start each item with \"- \" at the start of the line");
            }
        }
    }
}
