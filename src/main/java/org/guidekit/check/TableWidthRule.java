package org.guidekit.check;

import java.util.ArrayList;
import java.util.List;

import org.guidekit.model.Block;
import org.guidekit.model.Table;

/**
 * Wide tables do not fit large print: at 18 pt on a 6.5-inch line, five or more columns leave room for only a
 * few letters each, so words break mid-column; read aloud, every row becomes a long list of "name: value" pairs.
 */
final class TableWidthRule implements Rule {
    static final String ID = "table-width";
    static final int MAX_COLUMNS = 4;

    @Override
    public List<String> ids() {
        return List.of(ID);
    }

    @Override
    public List<Finding> check(CheckContext context) {
        List<Finding> found = new ArrayList<>();
        for (Block b : context.text().blocks()) {
            if (b instanceof Table t && t.columns() > MAX_COLUMNS) {
                found.add(context.finding(ID, Severity.WARNING, t.line(), "the table has " + t.columns()
                        + " columns; in large print more than " + MAX_COLUMNS + " squeeze words into narrow columns",
                        "split it into smaller tables or turn it into a list"));
            }
        }
        return found;
    }
}
