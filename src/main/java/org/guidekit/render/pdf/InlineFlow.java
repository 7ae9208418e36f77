package org.guidekit.render.pdf;

import java.util.ArrayList;
import java.util.List;

import org.guidekit.model.ContentWalker;
import org.guidekit.model.Emphasis;
import org.guidekit.model.Inline;
import org.guidekit.model.Inlines;
import org.guidekit.model.LineBreak;
import org.guidekit.model.Link;
import org.guidekit.model.Strong;
import org.guidekit.model.Text;
import org.guidekit.model.WrittenAddresses;
import org.guidekit.text.InformationSpans;

/**
 * Turns inline content into {@link Word}s. Strong and emphasis both become bold (large print has no italics).
 * A link gets its own {@code Link} structure node; when its text is not the address itself, the address follows
 * in brackets so that the printed page still says where to go (a phone link whose text is the number excepted).
 * Pieces of information stay whole words, and bare addresses in the text become links.
 */
final class InlineFlow extends ContentWalker<RuntimeException> {
    private final List<Word> words = new ArrayList<>();
    private final List<Word.Piece> current = new ArrayList<>();
    private boolean breakBefore;
    /** The structure node, style and link of the text being walked. */
    private StructNode owner;
    private boolean bold;
    private String uri;

    private InlineFlow(StructNode owner, boolean bold) {
        this.owner = owner;
        this.bold = bold;
    }

    /** The words of {@code inlines}, owned by {@code owner}; {@code bold} for headings. */
    static List<Word> words(List<Inline> inlines, StructNode owner, boolean bold) {
        InlineFlow flow = new InlineFlow(owner, bold);
        flow.walkInlines(inlines);
        flow.endWord();
        return flow.words;
    }

    /** Words of plain text in one style. */
    static List<Word> words(String text, StructNode owner, boolean bold) {
        return words(List.of(new Text(text)), owner, bold);
    }

    @Override
    protected void visitText(Text t) {
        text(t.text(), owner, bold, uri);
    }

    @Override
    protected void visitStrong(Strong s) {
        inBold(s.content());
    }

    @Override
    protected void visitEmphasis(Emphasis e) {
        inBold(e.content());
    }

    private void inBold(List<Inline> content) {
        boolean outer = bold;
        bold = true;
        walkInlines(content);
        bold = outer;
    }

    @Override
    protected void visitLink(Link link) {
        StructNode outerOwner = owner;
        String outerUri = uri;
        StructNode node = owner == null ? null : owner.add("Link");
        owner = node;
        uri = link.destination();
        super.visitLink(link);
        owner = outerOwner;
        uri = outerUri;
        String shown = link.shownAddress();
        String text = Inlines.plainText(link.content()).strip();
        // A phone link already shows its number as written ("555-201-3344" for tel:+15552013344): print it once.
        boolean phoneShown = link.destination().startsWith("tel:") && text.chars().anyMatch(Character::isDigit);
        if (!text.equals(shown) && !phoneShown) {
            text(" (" + shown + ")", node, false, link.destination());
        }
    }

    @Override
    protected void visitLineBreak(LineBreak lineBreak) {
        endWord();
        breakBefore = true;
    }

    /** {@link Link#shownAddress(String)}, for the link annotations. */
    static String shownAddress(String destination) {
        return Link.shownAddress(destination);
    }

    /**
     * Splits text into words at whitespace, except inside a piece of information ({@link InformationSpans}): its
     * spaces are kept in the word, so "40 mg" or "8:00 a.m." is never broken across lines. A written web or e-mail
     * address becomes a link of its own, exactly where {@link WrittenAddresses} (which the checks judge) finds one
     * and to where it says: never a link the checks have not seen.
     */
    private void text(String text, StructNode owner, boolean bold, String uri) {
        List<InformationSpans.Span> spans = InformationSpans.find(text);
        List<WrittenAddresses.Found> addresses = uri == null && owner != null ? WrittenAddresses.find(text) : List.of();
        StringBuilder piece = new StringBuilder();
        int s = 0;
        int a = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (s < spans.size() && spans.get(s).end() <= i) {
                s++;
            }
            while (a < addresses.size() && addresses.get(a).start() < i) {
                a++; // inside a piece of information that started earlier: printed, not linked
            }
            InformationSpans.Span span = s < spans.size() && spans.get(s).start() <= i ? spans.get(s) : null;
            WrittenAddresses.Found address = a < addresses.size() && addresses.get(a).start() == i
                    ? addresses.get(a) : null;
            char c = text.charAt(i);
            if (address != null && (span == null || span.start() == i)) {
                piece(piece, owner, bold, uri);
                current.add(new Word.Piece(text.substring(address.start(), address.end()), bold, owner.add("Link"),
                        address.destination()));
                i = address.end();
            } else if (span == null && Character.isWhitespace(c)) {
                piece(piece, owner, bold, uri);
                endWord();
                i++;
            } else {
                piece.append(Character.isWhitespace(c) ? ' ' : c);
                i++;
            }
        }
        piece(piece, owner, bold, uri);
    }

    private void piece(StringBuilder piece, StructNode owner, boolean bold, String uri) {
        if (piece.length() > 0) {
            current.add(new Word.Piece(piece.toString(), bold, owner, uri));
            piece.setLength(0);
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
