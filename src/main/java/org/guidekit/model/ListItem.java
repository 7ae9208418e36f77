package org.guidekit.model;

import java.util.List;
import java.util.Objects;

/**
 * One list item: usually a paragraph, optionally followed by more paragraphs and one nested list.
 * The reader allows a single level of nesting.
 */
public record ListItem(String id, List<Block> blocks, int line) {
    public ListItem {
        Objects.requireNonNull(id, "id");
        blocks = List.copyOf(blocks);
        for (Block b : blocks) {
            if (!(b instanceof Paragraph) && !(b instanceof ListBlock)) {
                throw new IllegalArgumentException("list item " + id + " holds a " + b.getClass().getSimpleName());
            }
        }
    }
}
