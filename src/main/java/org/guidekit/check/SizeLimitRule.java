package org.guidekit.check;

import java.util.function.IntFunction;
import java.util.function.ToIntFunction;

import org.guidekit.model.Block;
import org.guidekit.model.ListBlock;
import org.guidekit.model.Table;

/**
 * A block with more of something than a reader can take in: a list with too many items, a table with too many
 * columns. A warning, with the number in the message and a way to split the block.
 *
 * @param <T> the kind of block
 */
final class SizeLimitRule<T extends Block> extends PieceRule<T> {
    /** Lists longer than about nine items are hard to hold in mind, especially when heard rather than seen. */
    static final int MAX_ITEMS = 9;
    /**
     * Wide tables do not fit large print: at 18 pt on a 6.5-inch line, five or more columns leave room for only a
     * few letters each, so words break mid-column; read aloud, every row becomes a long list of "name: value" pairs.
     */
    static final int MAX_COLUMNS = 4;

    private final int max;
    private final ToIntFunction<T> size;
    private final IntFunction<String> problem;
    private final String fix;

    private SizeLimitRule(Class<T> kind, String id, int max, ToIntFunction<T> size, IntFunction<String> problem,
            String fix) {
        super(context -> context.blocks(kind), id);
        this.max = max;
        this.size = size;
        this.problem = problem;
        this.fix = fix;
    }

    static SizeLimitRule<ListBlock> listLength() {
        return new SizeLimitRule<>(ListBlock.class, "long-list", MAX_ITEMS, list -> list.items().size(),
                n -> "list of " + n + " items",
                "split it into groups of " + MAX_ITEMS + " or fewer under short headings");
    }

    static SizeLimitRule<Table> tableWidth() {
        return new SizeLimitRule<>(Table.class, "table-width", MAX_COLUMNS, Table::columns,
                n -> "the table has " + n + " columns; in large print more than " + MAX_COLUMNS
                        + " squeeze words into narrow columns",
                "split it into smaller tables or turn it into a list");
    }

    @Override
    void check(T block, Findings found) {
        int n = size.applyAsInt(block);
        if (n > max) {
            found.add(Severity.WARNING, block.line(), problem.apply(n), fix);
        }
    }
}
