package org.guidekit.model;

import java.util.List;
import java.util.Objects;

/** A table row; each cell is a list of inlines. */
public record TableRow(String id, List<List<Inline>> cells) {
    public TableRow {
        Objects.requireNonNull(id, "id");
        cells = cells.stream().map(List::copyOf).toList();
    }
}
