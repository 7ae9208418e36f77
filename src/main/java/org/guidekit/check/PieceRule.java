package org.guidekit.check;

import java.util.List;
import java.util.function.Function;

/**
 * A rule that judges each piece of a guide on its own, in reading order: each piece of text, each block of one
 * kind, or each link. The walk is here; a subclass is only its condition and its message.
 *
 * <pre>{@code final class ListLengthRule extends PieceRule<ListBlock> {
 *     ListLengthRule() {
 *         super(context -> context.text().blocks(ListBlock.class), ID);
 *     }
 *
 *     void check(ListBlock list, Findings found) {
 *         if (list.items().size() > MAX_ITEMS) {
 *             found.add(Severity.WARNING, list.line(), "list of ...", "split it ...");
 *         }
 *     }
 * }}</pre>
 *
 * @param <T> the kind of piece
 */
abstract class PieceRule<T> implements Rule {
    private final Function<CheckContext, List<T>> pieces;
    private final List<String> ids;

    /**
     * @param pieces what to judge, in reading order
     * @param ids    the rule's ids; the first is the id of {@link Findings#add(Severity, int, String, String)}
     */
    PieceRule(Function<CheckContext, List<T>> pieces, String... ids) {
        this.pieces = pieces;
        this.ids = List.of(ids);
    }

    @Override
    public final List<String> ids() {
        return ids;
    }

    @Override
    public final List<Finding> check(CheckContext context) {
        Findings found = new Findings(context, ids.get(0));
        for (T piece : pieces.apply(context)) {
            check(piece, found);
        }
        return found.list();
    }

    /** Adds to {@code found} what is wrong with {@code piece}, if anything. */
    abstract void check(T piece, Findings found);
}
