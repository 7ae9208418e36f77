package org.guidekit.render.speech;

import java.util.List;

import org.guidekit.model.Emphasis;
import org.guidekit.model.Inline;
import org.guidekit.model.InlineVisitor;
import org.guidekit.model.LineBreak;
import org.guidekit.model.Link;
import org.guidekit.model.Strong;
import org.guidekit.model.Text;

/**
 * Inline content as printed text for the voice: emphasis is not marked, a line break is a short pause, and a link
 * says its text. Only a link whose text is its own address is rewritten, into a short spoken form ("riverside
 * health dot org"), never the raw URL.
 */
final class SpokenInlines implements InlineVisitor<String> {
    static String text(List<Inline> inlines) {
        SpokenInlines v = new SpokenInlines();
        StringBuilder sb = new StringBuilder();
        for (Inline in : inlines) {
            sb.append(in.accept(v));
        }
        return sb.toString();
    }

    @Override
    public String visitText(Text text) {
        return text.text();
    }

    @Override
    public String visitStrong(Strong strong) {
        return text(strong.content());
    }

    @Override
    public String visitEmphasis(Emphasis emphasis) {
        return text(emphasis.content());
    }

    @Override
    public String visitLink(Link link) {
        String label = text(link.content()).strip();
        String bare = link.destination().replaceFirst("^(mailto:|tel:)", "");
        if (label.isEmpty() || label.equals(link.destination()) || label.equals(bare)) {
            // The normaliser says hosts, e-mail addresses and phone numbers briefly.
            return bare;
        }
        return label;
    }

    @Override
    public String visitLineBreak(LineBreak lineBreak) {
        return ", ";
    }
}
