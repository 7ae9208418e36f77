package org.guidekit.render.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Chooses where pages break, for the whole handout at once rather than page by page (as TeX breaks a paragraph
 * into lines): each possible page is given a cost, and the breaks with the least total cost win. Page by page, a
 * group that just misses the bottom of a page moves whole and can leave that page a quarter full; seen whole, the
 * break moves earlier, so that every page stays at least half full.
 *
 * <p>The costs, from worst to mildest: a break inside an unbreakable link ({@link Chunk#ALWAYS}: a heading from its
 * text, a paragraph's first or last two lines, a table header, a label and the first line of its value), a page
 * less than half full (but the last), a break inside a long value of a table's record ({@link Chunk#IN_FIELD}), a
 * break between the fields of a record ({@link Chunk#IN_RECORD}: "Notes" on the page after its medicine, under the
 * record's first field repeated as "(continued)"), inside a list item
 * ({@link Chunk#IN_ITEM}), inside a callout ({@link Chunk#IN_CALLOUT}), and, mildest,
 * the white space left at the bottom of a page. Pure: the same chunks give the same breaks.
 */
final class PageBreaks {
    static final double ALWAYS = 10_000_000;
    static final double HALF_EMPTY = 1_000_000;
    static final double IN_FIELD = 100_000;
    static final double IN_RECORD = 50_000;
    static final double IN_ITEM = 2_000;
    static final double IN_CALLOUT = 200;
    /** Weight of the squared empty share of a page: full pages are preferred, but not at any price. */
    static final double EMPTY = 100;
    /** A page that has to be over-full: a single chunk taller than the page itself. */
    private static final double OVERFULL = 100_000_000;

    private PageBreaks() {
    }

    /**
     * The index of the first chunk of every page after the first, in order.
     *
     * @param usable       the height of a page's text area
     * @param continuation what a break before a chunk adds at the top of the new page (a repeated table header,
     *                     a callout's "(continued)" label)
     */
    static List<Integer> choose(List<Chunk> chunks, float usable, ToDoubleFunction<Chunk> continuation) {
        int n = chunks.size();
        double[] best = new double[n + 1];
        int[] from = new int[n + 1];
        java.util.Arrays.fill(best, Double.POSITIVE_INFINITY);
        best[0] = 0;
        for (int start = 0; start < n; start++) {
            if (best[start] == Double.POSITIVE_INFINITY) {
                continue;
            }
            double height = start == 0 ? 0 : continuation.applyAsDouble(chunks.get(start));
            for (int end = start; end < n; end++) {
                Chunk c = chunks.get(end);
                height += c.height() + (end == start ? 0 : c.spaceBefore());
                boolean overfull = height > usable;
                if (overfull && end > start) {
                    break;
                }
                double cost = best[start] + pageCost(chunks, end, height / usable, end == n - 1)
                        + (overfull ? OVERFULL : 0);
                if (cost < best[end + 1]) {
                    best[end + 1] = cost;
                    from[end + 1] = start;
                }
            }
        }
        List<Integer> starts = new ArrayList<>();
        for (int end = n; end > 0; end = from[end]) {
            if (from[end] > 0) {
                starts.add(0, from[end]);
            }
        }
        return starts;
    }

    /** The cost of a page whose last chunk is {@code last}, filled to {@code fill} of its text area. */
    private static double pageCost(List<Chunk> chunks, int last, double fill, boolean lastPage) {
        if (lastPage) {
            return 0;
        }
        double cost = switch (chunks.get(last).keep()) {
            case Chunk.ALWAYS -> ALWAYS;
            case Chunk.IN_FIELD -> IN_FIELD;
            case Chunk.IN_RECORD -> IN_RECORD;
            case Chunk.IN_ITEM -> IN_ITEM;
            case Chunk.IN_CALLOUT -> IN_CALLOUT;
            default -> 0;
        };
        double empty = Math.max(0, 1 - fill);
        return cost + (fill < 0.5 ? HALF_EMPTY : 0) + EMPTY * empty * empty;
    }
}
