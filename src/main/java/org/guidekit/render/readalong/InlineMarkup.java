package org.guidekit.render.readalong;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.guidekit.render.xml.XmlOut;
import org.guidekit.model.Emphasis;
import org.guidekit.model.Inline;
import org.guidekit.model.InlineVisitor;
import org.guidekit.model.LineBreak;
import org.guidekit.model.Link;
import org.guidekit.model.Strong;
import org.guidekit.model.Text;

/**
 * Writes a part of some inlines: the characters in [from, to) of their plain text, with the emphasis and links
 * around them. A sentence span can then start or end inside bold text; a link that crosses a sentence end
 * becomes two links to the same place.
 */
final class InlineMarkup {
    private final XmlOut x;
    private final int from;
    private final int to;
    private int at;

    private InlineMarkup(XmlOut x, int from, int to) {
        this.x = x;
        this.from = from;
        this.to = to;
    }

    /** The plain text whose character offsets {@link #write} uses; a line break counts as one space. */
    static String plain(List<Inline> inlines) {
        StringBuilder sb = new StringBuilder();
        walk(inlines, sb);
        return sb.toString();
    }

    /** Writes the characters {@code [from, to)} of {@code inlines}. */
    static void write(XmlOut x, List<Inline> inlines, int from, int to) throws IOException {
        try {
            new InlineMarkup(x, from, to).inlines(inlines);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Writes all of {@code inlines}. */
    static void write(XmlOut x, List<Inline> inlines) throws IOException {
        write(x, inlines, 0, Integer.MAX_VALUE);
    }

    private void inlines(List<Inline> inlines) {
        for (Inline in : inlines) {
            in.accept(new InlineVisitor<Void>() {
                @Override
                public Void visitText(Text t) {
                    int start = Math.max(from, at);
                    int end = Math.min(to, at + t.text().length());
                    if (start < end) {
                        io(() -> x.characters(t.text().substring(start - at, end - at)));
                    }
                    at += t.text().length();
                    return null;
                }

                @Override
                public Void visitStrong(Strong s) {
                    wrap(s.content(), "strong");
                    return null;
                }

                @Override
                public Void visitEmphasis(Emphasis e) {
                    wrap(e.content(), "em");
                    return null;
                }

                @Override
                public Void visitLink(Link l) {
                    wrap(l.content(), "a", "href", l.destination());
                    return null;
                }

                @Override
                public Void visitLineBreak(LineBreak b) {
                    if (at >= from && at < to) {
                        io(() -> x.empty("br"));
                    }
                    at += 1;
                    return null;
                }
            });
        }
    }

    private void wrap(List<Inline> content, String element, String... attributes) {
        int length = plain(content).length();
        if (at + length <= from || at >= to || length == 0) {
            at += length;
            return;
        }
        io(() -> x.openInline(element, attributes));
        inlines(content);
        io(x::closeInline);
    }

    private static void walk(List<Inline> inlines, StringBuilder sb) {
        for (Inline in : inlines) {
            in.accept(new InlineVisitor<Void>() {
                @Override
                public Void visitText(Text t) {
                    sb.append(t.text());
                    return null;
                }

                @Override
                public Void visitStrong(Strong s) {
                    walk(s.content(), sb);
                    return null;
                }

                @Override
                public Void visitEmphasis(Emphasis e) {
                    walk(e.content(), sb);
                    return null;
                }

                @Override
                public Void visitLink(Link l) {
                    walk(l.content(), sb);
                    return null;
                }

                @Override
                public Void visitLineBreak(LineBreak b) {
                    sb.append(' ');
                    return null;
                }
            });
        }
    }

    private interface IoStep {
        void run() throws IOException;
    }

    private static void io(IoStep step) {
        try {
            step.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
