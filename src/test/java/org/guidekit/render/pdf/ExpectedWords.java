package org.guidekit.render.pdf;

import java.util.ArrayList;
import java.util.List;

import org.guidekit.model.Block;
import org.guidekit.model.Callout;
import org.guidekit.model.Guide;
import org.guidekit.model.Inlines;
import org.guidekit.model.ListBlock;
import org.guidekit.model.ListItem;
import org.guidekit.model.Paragraph;
import org.guidekit.model.Section;
import org.guidekit.model.Table;
import org.guidekit.model.TableRow;

/** The words of a guide in reading order, straight from the model (independent of the layout code). */
final class ExpectedWords {
    private final List<String> words = new ArrayList<>();

    private ExpectedWords() {
    }

    static List<String> of(Guide g) {
        ExpectedWords w = new ExpectedWords();
        w.text(g.metadata().title());
        g.metadata().subtitle().ifPresent(w::text);
        g.metadata().organization().ifPresent(w::text);
        w.blocks(g.intro());
        for (Section s : g.allSections()) {
            w.text(s.headingText());
            w.blocks(s.blocks());
        }
        return w.words;
    }

    private void blocks(List<Block> blocks) {
        for (Block b : blocks) {
            if (b instanceof Paragraph p) {
                text(Inlines.plainText(p.content()));
            } else if (b instanceof ListBlock l) {
                for (ListItem item : l.items()) {
                    blocks(item.blocks());
                }
            } else if (b instanceof Callout c) {
                text(c.kind().label());
                c.title().ifPresent(this::text);
                blocks(c.blocks());
            } else if (b instanceof Table t) {
                row(t.header());
                t.rows().forEach(this::row);
            }
        }
    }

    private void row(TableRow r) {
        r.cells().forEach(c -> text(Inlines.plainText(c)));
    }

    private void text(String s) {
        for (String w : s.split("\\s+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
    }
}
