package org.guidekit.model;

import java.util.List;

/** Small functions over inline lists. */
public final class Inlines {
    private Inlines() {
    }

    /** The visible text of some inlines; a line break counts as a space. */
    public static String plainText(List<Inline> inlines) {
        StringBuilder sb = new StringBuilder();
        new ContentWalker<RuntimeException>() {
            @Override
            protected void visitText(Text text) {
                sb.append(text.text());
            }

            @Override
            protected void visitLineBreak(LineBreak lineBreak) {
                sb.append(' ');
            }
        }.walkInlines(inlines);
        return sb.toString();
    }
}
