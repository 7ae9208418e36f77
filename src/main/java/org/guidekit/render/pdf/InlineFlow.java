package org.guidekit.render.pdf;

import java.util.ArrayList;
import java.util.List;

import org.guidekit.model.Emphasis;
import org.guidekit.model.Inline;
import org.guidekit.model.InlineVisitor;
import org.guidekit.model.Inlines;
import org.guidekit.model.LineBreak;
import org.guidekit.model.Link;
import org.guidekit.model.Strong;
import org.guidekit.model.Text;

/**
 * Turns inline content into {@link Word}s. Strong and emphasis both become bold (large print has no italics).
 * A link gets its own {@code Link} structure node; when its text is not the address itself, the address follows
 * in brackets so that the printed page still says where to go.
 */
final class InlineFlow {
    private final List<Word> words = new ArrayList<>();
    private final List<Word.Piece> current = new ArrayList<>();
    private boolean breakBefore;

    private InlineFlow() {
    }

    /** The words of {@code inlines}, owned by {@code owner}; {@code bold} for headings. */
    static List<Word> words(List<Inline> inlines, StructNode owner, boolean bold) {
        InlineFlow flow = new InlineFlow();
        flow.add(inlines, owner, bold, null);
        flow.endWord();
        return flow.words;
    }

    /** Words of plain text in one style. */
    static List<Word> words(String text, StructNode owner, boolean bold) {
        return words(List.of(new Text(text)), owner, bold);
    }

    private void add(List<Inline> inlines, StructNode owner, boolean bold, String uri) {
        for (Inline in : inlines) {
            in.accept(new InlineVisitor<Void>() {
                @Override
                public Void visitText(Text t) {
                    text(t.text(), owner, bold, uri);
                    return null;
                }

                @Override
                public Void visitStrong(Strong s) {
                    add(s.content(), owner, true, uri);
                    return null;
                }

                @Override
                public Void visitEmphasis(Emphasis e) {
                    add(e.content(), owner, true, uri);
                    return null;
                }

                @Override
                public Void visitLink(Link link) {
                    link(link, owner, bold);
                    return null;
                }

                @Override
                public Void visitLineBreak(LineBreak lineBreak) {
                    endWord();
                    breakBefore = true;
                    return null;
                }
            });
        }
    }

    private void link(Link link, StructNode owner, boolean bold) {
        StructNode node = owner == null ? null : owner.add("Link");
        add(link.content(), node, bold, link.destination());
        String shown = shownAddress(link.destination());
        if (!Inlines.plainText(link.content()).strip().equals(shown)) {
            text(" (" + shown + ")", node, false, link.destination());
        }
    }

    /** The address as a reader would type it: {@code mailto:} and {@code tel:} are dropped. */
    static String shownAddress(String destination) {
        for (String scheme : new String[] {"mailto:", "tel:"}) {
            if (destination.startsWith(scheme)) {
                return destination.substring(scheme.length());
            }
        }
        return destination;
    }

    private void text(String text, StructNode owner, boolean bold, String uri) {
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (Character.isWhitespace(text.charAt(i))) {
                endWord();
                while (i < n && Character.isWhitespace(text.charAt(i))) {
                    i++;
                }
                continue;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            current.add(new Word.Piece(text.substring(start, i), bold, owner, uri));
        }
    }

    private void endWord() {
        if (!current.isEmpty()) {
            words.add(new Word(List.copyOf(current), breakBefore));
            current.clear();
            breakBefore = false;
        }
    }
}
