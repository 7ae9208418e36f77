package org.guidekit.check;

import java.util.ArrayList;
import java.util.List;

import org.guidekit.model.Inlines;
import org.guidekit.model.Table;

/**
 * Tables need a header row: a screen reader announces each cell with its column's header, and without one a row
 * of numbers means nothing. Markdown always has a first row, so an empty header cell is a missing header.
 */
final class TableHeaderRule extends PieceRule<Table> {
    static final String ID = "table-header";

    TableHeaderRule() {
        super(context -> context.blocks(Table.class), ID);
    }

    @Override
    void check(Table t, Findings found) {
        List<Integer> empty = new ArrayList<>();
        for (int i = 0; i < t.columns(); i++) {
            if (Inlines.plainText(t.header().cells().get(i)).isBlank()) {
                empty.add(i + 1);
            }
        }
        if (empty.size() == t.columns()) {
            found.add(Severity.WARNING, t.line(), "the table has no header row",
                    "write a short name for each column in the first row");
        } else if (!empty.isEmpty()) {
            found.add(Severity.WARNING, t.line(), "column " + join(empty) + " of the table has no header",
                    "write a short name for the column in the first row");
        }
    }

    private static String join(List<Integer> columns) {
        return columns.stream().map(String::valueOf).reduce((a, b) -> a + ", " + b).orElse("");
    }
}
