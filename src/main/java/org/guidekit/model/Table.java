package org.guidekit.model;

import java.util.List;
import java.util.Objects;

/**
 * A table such as a medication schedule: one header row and body rows of the same width.
 */
public record Table(String id, TableRow header, List<TableRow> rows, int line) implements Block {
    public Table {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(header, "header");
        rows = List.copyOf(rows);
        for (TableRow r : rows) {
            if (r.cells().size() != header.cells().size()) {
                throw new IllegalArgumentException("row " + r.id() + " has " + r.cells().size() + " cells, header has "
                        + header.cells().size());
            }
        }
    }

    /** Number of columns. */
    public int columns() {
        return header.cells().size();
    }

    @Override
    public <R> R accept(BlockVisitor<R> visitor) {
        return visitor.visitTable(this);
    }
}
