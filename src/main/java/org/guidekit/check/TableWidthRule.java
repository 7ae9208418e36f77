package org.guidekit.check;

import org.guidekit.model.Table;

/**
 * Wide tables do not fit large print: at 18 pt on a 6.5-inch line, five or more columns leave room for only a
 * few letters each, so words break mid-column; read aloud, every row becomes a long list of "name: value" pairs.
 */
final class TableWidthRule extends PieceRule<Table> {
    static final String ID = "table-width";
    static final int MAX_COLUMNS = 4;

    TableWidthRule() {
        super(context -> context.blocks(Table.class), ID);
    }

    @Override
    void check(Table t, Findings found) {
        if (t.columns() > MAX_COLUMNS) {
            found.add(Severity.WARNING, t.line(), "the table has " + t.columns() + " columns; in large print more "
                    + "than " + MAX_COLUMNS + " squeeze words into narrow columns",
                    "split it into smaller tables or turn it into a list");
        }
    }
}
