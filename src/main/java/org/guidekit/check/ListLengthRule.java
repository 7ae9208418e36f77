package org.guidekit.check;

import java.util.ArrayList;
import java.util.List;

import org.guidekit.model.Block;
import org.guidekit.model.ListBlock;

/** Lists longer than about nine items are hard to hold in mind, especially when heard rather than seen. */
final class ListLengthRule implements Rule {
    static final String ID = "long-list";
    static final int MAX_ITEMS = 9;

    @Override
    public List<String> ids() {
        return List.of(ID);
    }

    @Override
    public List<Finding> check(CheckContext context) {
        List<Finding> found = new ArrayList<>();
        for (Block b : context.text().blocks()) {
            if (b instanceof ListBlock list && list.items().size() > MAX_ITEMS) {
                found.add(context.finding(ID, Severity.WARNING, list.line(), "list of " + list.items().size()
                        + " items", "split it into groups of " + MAX_ITEMS + " or fewer under short headings"));
            }
        }
        return found;
    }
}
