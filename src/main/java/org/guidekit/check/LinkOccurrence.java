package org.guidekit.check;

import java.util.ArrayList;
import java.util.List;

import org.guidekit.model.ContentWalker;
import org.guidekit.model.Inline;
import org.guidekit.model.Inlines;
import org.guidekit.model.Link;
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
        return List.copyOf(found);
    }

    private static void collect(int line, List<Inline> inlines, List<LinkOccurrence> found) {
        new ContentWalker<RuntimeException>() {
            @Override
            protected void visitText(Text t) {
                for (String address : WebAddress.find(t.text())) {
                    found.add(new LinkOccurrence(line, address, address, true));
                }
            }

            @Override
            protected void visitLink(Link l) {
                found.add(new LinkOccurrence(line, l.destination(), Inlines.plainText(l.content()), false));
                super.visitLink(l); // an address printed as the link text is read and typed too
            }
        }.walkInlines(inlines);
    }
}
