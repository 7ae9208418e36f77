package org.guidekit.check;

import org.guidekit.model.ListBlock;

/** Lists longer than about nine items are hard to hold in mind, especially when heard rather than seen. */
final class ListLengthRule extends PieceRule<ListBlock> {
    static final String ID = "long-list";
    static final int MAX_ITEMS = 9;

    ListLengthRule() {
        super(context -> context.blocks(ListBlock.class), ID);
    }

    @Override
    void check(ListBlock list, Findings found) {
        if (list.items().size() > MAX_ITEMS) {
            found.add(Severity.WARNING, list.line(), "list of " + list.items().size() + " items",
                    "split it into groups of " + MAX_ITEMS + " or fewer under short headings");
        }
    }
}
