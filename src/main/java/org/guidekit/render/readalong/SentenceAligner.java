package org.guidekit.render.readalong;

import java.util.ArrayList;
import java.util.List;

/**
 * Pairs the printed sentences of one block with the sentences the voice said for it. The two rarely match one to
 * one: the voice splits "Step 1:" and a list number off as sentences of their own, and says "9 1 1" for "911".
 * So the printed text is cut at every sentence end ({@code . ? ! : ;} before a space), both sides are weighed by
 * their letters and digits, and the side with more pieces is grouped so that the running totals of the two sides
 * agree best (a small dynamic programme). Each group becomes one highlighted span, timed from its first spoken
 * sentence's start to its last one's end. Pure, so golden tests pin it down.
 */
final class SentenceAligner {
    private SentenceAligner() {
    }

    /**
     * One highlighted piece of printed text.
     *
     * @param start   first character, in the block's plain text
     * @param end     character after the last, trailing spaces excluded
     * @param beginMs when it starts being heard
     * @param endMs   when the next piece starts
     */
    public record Segment(int start, int end, long beginMs, long endMs) {
    }

    /** The segments of {@code text} for the sentences said; never empty when {@code spoken} is not. */
    public static List<Segment> align(String text, List<SpokenSentence> spoken) {
        if (spoken.isEmpty()) {
            return List.of();
        }
        List<int[]> pieces = pieces(text);
        if (pieces.isEmpty()) {
            return List.of();
        }
        int n = Math.min(pieces.size(), spoken.size());
        double[] printed = pieces.stream().mapToDouble(p -> weight(text.substring(p[0], p[1]))).toArray();
        double[] said = spoken.stream().mapToDouble(s -> weight(s.text())).toArray();
        int[] printedCuts = pieces.size() > n ? group(printed, said) : identity(n);
        int[] saidCuts = spoken.size() > n ? group(said, printed) : identity(n);
        List<Segment> segments = new ArrayList<>();
        for (int g = 0; g < n; g++) {
            int p0 = g == 0 ? 0 : printedCuts[g - 1];
            int p1 = printedCuts[g] - 1;
            int s0 = g == 0 ? 0 : saidCuts[g - 1];
            int s1 = saidCuts[g] - 1;
            segments.add(new Segment(pieces.get(p0)[0], pieces.get(p1)[1], spoken.get(s0).beginMs(),
                    spoken.get(s1).endMs()));
        }
        return segments;
    }

    /** The printed sentences as [start, end) ranges without surrounding white space. */
    static List<int[]> pieces(String text) {
        List<int[]> pieces = new ArrayList<>();
        int start = skipSpace(text, 0);
        for (int i = start; i < text.length(); i++) {
            boolean end = ".?!:;".indexOf(text.charAt(i)) >= 0 && i + 1 < text.length()
                    && Character.isWhitespace(text.charAt(i + 1));
            if (end) {
                pieces.add(new int[] {start, i + 1});
                start = skipSpace(text, i + 1);
                i = start - 1;
            }
        }
        int end = text.length();
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            pieces.add(new int[] {start, end});
        }
        return pieces;
    }

    private static int skipSpace(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Letters and digits; at least 1 so that "—" still counts as a piece. */
    static double weight(String s) {
        return Math.max(1, s.codePoints().filter(Character::isLetterOrDigit).count());
    }

    private static int[] identity(int n) {
        int[] cuts = new int[n];
        for (int i = 0; i < n; i++) {
            cuts[i] = i + 1;
        }
        return cuts;
    }

    /**
     * Groups the {@code many} weights into {@code few.length} consecutive groups whose running shares best match
     * those of {@code few}; returns the exclusive end index of each group.
     */
    static int[] group(double[] many, double[] few) {
        int m = many.length;
        int n = few.length;
        double[] manyShare = shares(many);
        double[] fewShare = shares(few);
        double[][] cost = new double[n + 1][m + 1];
        int[][] from = new int[n + 1][m + 1];
        for (double[] row : cost) {
            java.util.Arrays.fill(row, Double.POSITIVE_INFINITY);
        }
        cost[0][0] = 0;
        for (int g = 1; g <= n; g++) {
            for (int j = g; j <= m - (n - g); j++) {
                for (int i = g - 1; i < j; i++) {
                    double c = cost[g - 1][i] + Math.abs(manyShare[j] - fewShare[g]);
                    if (c < cost[g][j]) {
                        cost[g][j] = c;
                        from[g][j] = i;
                    }
                }
            }
        }
        int[] cuts = new int[n];
        for (int g = n, j = m; g > 0; j = from[g][j], g--) {
            cuts[g - 1] = j;
        }
        return cuts;
    }

    /** Running totals as shares of the whole: {@code share[k]} is the part of the first k items. */
    private static double[] shares(double[] w) {
        double total = 0;
        for (double x : w) {
            total += x;
        }
        double[] share = new double[w.length + 1];
        for (int i = 0; i < w.length; i++) {
            share[i + 1] = share[i] + w[i] / total;
        }
        return share;
    }
}
