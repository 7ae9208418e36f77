package org.guidekit.render.xml;

import java.io.IOException;
import java.util.List;

import org.guidekit.model.ContentWalker;
import org.guidekit.model.Emphasis;
import org.guidekit.model.Inline;
import org.guidekit.model.Inlines;
import org.guidekit.model.LineBreak;
import org.guidekit.model.Link;
import org.guidekit.model.Strong;
import org.guidekit.model.Text;
import org.guidekit.text.InformationSpans;

/**
 * Model inlines as XHTML ({@code strong}, {@code em}, {@code a}, {@code br}), for the DAISY book's text and the
 * read-along page and EPUB: one writer of the same elements. Writes all of some inlines, or a part of them: the
 * characters in [from, to) of their plain text ({@link Inlines#plainText}, where a line break counts as one space),
 * with the emphasis and links around them. A sentence span can then start or
 * end inside bold text; a link that crosses a sentence end becomes two links to the same place. A number keeps its
 * unit on the same line (no-break spaces, see {@link InformationSpans#withNoBreakSpaces}).
 */
public final class XhtmlInlines extends ContentWalker<IOException> {
    private final XmlOut x;
    private final int from;
    private final int to;
    private int at;

    private XhtmlInlines(XmlOut x, int from, int to) {
        this.x = x;
        this.from = from;
        this.to = to;
    }

    /** Writes the characters {@code [from, to)} of {@code inlines}. */
    public static void write(XmlOut x, List<Inline> inlines, int from, int to) throws IOException {
        new XhtmlInlines(x, from, to).walkInlines(inlines);
    }

    /** Writes all of {@code inlines}. */
    public static void write(XmlOut x, List<Inline> inlines) throws IOException {
        write(x, inlines, 0, Integer.MAX_VALUE);
    }

    @Override
    protected void visitText(Text t) throws IOException {
        int start = Math.max(from, at);
        int end = Math.min(to, at + t.text().length());
        if (start < end) {
            x.characters(InformationSpans.withNoBreakSpaces(t.text()).substring(start - at, end - at));
        }
        at += t.text().length();
    }

    @Override
    protected void visitStrong(Strong s) throws IOException {
        wrap(s.content(), "strong");
    }

    @Override
    protected void visitEmphasis(Emphasis e) throws IOException {
        wrap(e.content(), "em");
    }

    @Override
    protected void visitLink(Link l) throws IOException {
        wrap(l.content(), "a", "href", l.destination());
    }

    @Override
    protected void visitLineBreak(LineBreak b) throws IOException {
        if (at >= from && at < to) {
            x.empty("br");
        }
        at += 1;
    }

    /** An element around {@code content} when part of it is in range; else only the offset moves on. */
    private void wrap(List<Inline> content, String element, String... attributes) throws IOException {
        int length = Inlines.plainText(content).length();
        if (at + length <= from || at >= to || length == 0) {
            at += length;
            return;
        }
        x.openInline(element, attributes);
        walkInlines(content);
        x.closeInline();
    }
}
