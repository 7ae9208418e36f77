package org.guidekit.model;

import java.util.List;
import java.util.Objects;

/**
 * A bullet or numbered list.
 *
 * @param ordered true for a numbered list
 * @param start   the first number of a numbered list (1 for bullets)
 * @param items   the items, each with its own id
 */
public record ListBlock(String id, boolean ordered, int start, List<ListItem> items, int line) implements Block {
    public ListBlock {
        Objects.requireNonNull(id, "id");
        items = List.copyOf(items);
        if (items.isEmpty()) {
            throw new IllegalArgumentException("empty list " + id);
        }
    }

    /** The label a reader sees for item {@code index} (0-based): "3." or "•". */
    public String label(int index) {
        return ordered ? (start + index) + "." : "\u2022";
    }

    @Override
    public <R> R accept(BlockVisitor<R> visitor) {
        return visitor.visitList(this);
    }
}
