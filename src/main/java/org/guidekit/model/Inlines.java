package org.guidekit.model;

import java.util.List;

/** Small functions over inline lists. */
public final class Inlines {
    private Inlines() {
    }

    /** The visible text of some inlines; a line break counts as a space. */
    public static String plainText(List<Inline> inlines) {
        StringBuilder sb = new StringBuilder();
        appendPlain(inlines, sb);
        return sb.toString();
    }

    private static void appendPlain(List<Inline> inlines, StringBuilder sb) {
        for (Inline in : inlines) {
            in.accept(new InlineVisitor<Void>() {
                @Override
                public Void visitText(Text text) {
                    sb.append(text.text());
                    return null;
                }

                @Override
                public Void visitStrong(Strong strong) {
                    appendPlain(strong.content(), sb);
                    return null;
                }

                @Override
                public Void visitEmphasis(Emphasis emphasis) {
                    appendPlain(emphasis.content(), sb);
                    return null;
                }

                @Override
                public Void visitLink(Link link) {
                    appendPlain(link.content(), sb);
                    return null;
                }

                @Override
                public Void visitLineBreak(LineBreak lineBreak) {
                    sb.append(' ');
                    return null;
                }
            });
        }
    }
}
