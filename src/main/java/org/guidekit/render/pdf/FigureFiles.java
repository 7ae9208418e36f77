package org.guidekit.render.pdf;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.guidekit.model.Block;
import org.guidekit.model.Callout;
import org.guidekit.model.Figure;
import org.guidekit.model.Guide;
import org.guidekit.model.ListBlock;
import org.guidekit.model.ListItem;
import org.guidekit.model.Section;

/** The image files a guide shows, in reading order (they shape the document ID). */
final class FigureFiles {
    private FigureFiles() {
    }

    static List<Path> of(Guide guide) {
        List<Path> files = new ArrayList<>();
        collect(guide.intro(), files);
        for (Section s : guide.allSections()) {
            collect(s.blocks(), files);
        }
        return files;
    }

    private static void collect(List<Block> blocks, List<Path> files) {
        for (Block b : blocks) {
            if (b instanceof Figure f) {
                files.add(f.file());
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
