package org.guidekit.check;

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
 * A link in a guide, or a web address written out in its text (which a reader may type in just the same).
 *
 * @param line        line of the block it is in (the model keeps lines per block, not per link)
 * @param destination where it goes
 * @param text        the visible link text (the address itself when written out)
 * @param written     true for an address written in the text rather than a Markdown link
 */
record LinkOccurrence(int line, String destination, String text, boolean written) {
    /** Where it goes, as a browser would parse it. */
    BrowserUrl.Parsed target() {
        return written ? WebAddress.parseWritten(destination) : WebAddress.parseLink(destination);
    }

    /** The destination shortened for a message (a pasted address can be thousands of characters long). */
    String shown() {
        return destination.length() > 80 ? destination.substring(0, 77) + "..." : destination;
    }

    /** Every link and written-out address in the guide, in reading order. */
    public static List<LinkOccurrence> in(GuideText text) {
        List<LinkOccurrence> found = new ArrayList<>();
        for (TextUnit u : text.units()) {
            collect(u.line(), u.content(), found);
            if (u.content().isEmpty()) {
                for (String address : WebAddress.find(u.text())) {
                    found.add(new LinkOccurrence(u.line(), address, address, true));
                }
            }
        }
        return found;
    }

    private static void collect(int line, List<Inline> inlines, List<LinkOccurrence> found) {
        for (Inline in : inlines) {
            in.accept(new InlineVisitor<Void>() {
                @Override
                public Void visitText(Text t) {
                    for (String address : WebAddress.find(t.text())) {
                        found.add(new LinkOccurrence(line, address, address, true));
                    }
                    return null;
                }

                @Override
                public Void visitStrong(Strong s) {
                    collect(line, s.content(), found);
                    return null;
                }

                @Override
                public Void visitEmphasis(Emphasis e) {
                    collect(line, e.content(), found);
                    return null;
                }

                @Override
                public Void visitLink(Link l) {
                    found.add(new LinkOccurrence(line, l.destination(), Inlines.plainText(l.content()), false));
                    collect(line, l.content(), found); // an address printed as the link text is read and typed too
                    return null;
                }

                @Override
                public Void visitLineBreak(LineBreak b) {
                    return null;
                }
            });
        }
    }
}
