package org.guidekit.render.pdf;

import java.util.ArrayList;
import java.util.List;

import org.guidekit.model.Block;
import org.guidekit.model.Callout;
import org.guidekit.model.Figure;
import org.guidekit.model.Guide;
import org.guidekit.model.ListBlock;
import org.guidekit.model.ListItem;
import org.guidekit.model.Section;

/** The figures of a guide in reading order: their images are checked before layout and shape the document ID. */
final class Figures {
    private Figures() {
    }

    static List<Figure> of(Guide guide) {
        List<Figure> files = new ArrayList<>();
        collect(guide.intro(), files);
        for (Section s : guide.allSections()) {
            collect(s.blocks(), files);
        }
        return files;
    }

    private static void collect(List<Block> blocks, List<Figure> files) {
        for (Block b : blocks) {
            if (b instanceof Figure f) {
                files.add(f);
            } else if (b instanceof Callout c) {
                collect(c.blocks(), files);
            } else if (b instanceof ListBlock l) {
                for (ListItem item : l.items()) {
                    collect(item.blocks(), files);
                }
            }
        }
    }
}
