package org.guidekit.check;

import java.util.List;
import java.util.function.Function;

/**
 * A rule that judges each piece of a guide on its own, in reading order: each piece of text, each block of one
 * kind, or each link. The walk is here; a subclass is only its condition and its message.
 *
 * <pre>{@code final class AltTextRule extends PieceRule<Figure> {
 *     AltTextRule() {
 *         super(context -> context.blocks(Figure.class), ID);
 *     }
 *
 *     void check(Figure f, Findings found) {
 *         if (f.alt().length() > MAX_CHARS) {
 *             found.add(Severity.WARNING, f.line(), "the picture's alt text is ...", "keep it under ...");
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
