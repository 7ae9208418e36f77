package org.guidekit.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Lines up what the page says with the words the voice says, to find where each piece of information was said
 * and whether it was said right. Plain printed words may be said differently (the voice expands "Dr." and spells
 * "EMS"), which costs a little; a piece of information must be said exactly as one of its readings, or it is
 * placed where the voice said something else for it, which costs more: twice the word edit distance to its
 * reading, so a neighbouring word the voice said differently is not pulled into the span. The cheapest alignment
 * wins (an edit distance in which a piece of information matches a span of words).
 */
final class ReadingAlignment {
    /** What the page says at one place: a plain word, or a piece of information. */
    record Slot(Reading reading, boolean information) {
    }

    /**
     * Where the voice said one piece of information.
     *
     * @param right true when the words are one of its readings
     * @param from  its first word
     * @param to    the word after its last one
     */
    record Placed(boolean right, int from, int to) {
    }

    private static final int WRONG = 2;
    private static final int EXTRA_WORDS = 8;

    private ReadingAlignment() {
    }

    /** Past this many cells the table would cost too much memory and time: a hostile paragraph, not a leaflet. */
    private static final long MOST_CELLS = 1_000_000;

    /** For each information slot, in order, where the voice said it. */
    static List<Placed> align(List<Slot> slots, List<String> words) {
        int n = slots.size();
        int m = words.size();
        if ((long) (n + 1) * (m + 1) > MOST_CELLS) {
            return inOrder(slots, words);
        }
        int[][] cost = new int[n + 1][m + 1];
        int[][] fromI = new int[n + 1][m + 1];
        int[][] fromJ = new int[n + 1][m + 1];
        boolean[][] right = new boolean[n + 1][m + 1];
        for (int[] row : cost) {
            Arrays.fill(row, Integer.MAX_VALUE);
        }
        cost[0][0] = 0;
        List<List<String>> canonicals = new ArrayList<>();
        for (Slot s : slots) {
            canonicals.add(s.information() ? split(s.reading().canonical()) : List.of());
        }
        for (int i = 0; i <= n; i++) {
            for (int j = 0; j <= m; j++) {
                int c = cost[i][j];
                if (c == Integer.MAX_VALUE) {
                    continue;
                }
                if (j < m) {
                    relax(cost, fromI, fromJ, right, i, j, i, j + 1, c + 1, false); // a word the page does not have
                }
                if (i == n) {
                    continue;
                }
                Slot s = slots.get(i);
                if (!s.information()) {
                    relax(cost, fromI, fromJ, right, i, j, i + 1, j, c + 1, false);
                    if (j < m) {
                        boolean same = s.reading().accepts(words.get(j));
                        relax(cost, fromI, fromJ, right, i, j, i + 1, j + 1, c + (same ? 0 : 1), false);
                    }
                    continue;
                }
                List<String> canonical = canonicals.get(i);
                int longest = Math.min(m - j, s.reading().longest() + EXTRA_WORDS);
                int[] distance = new int[canonical.size() + 1];
                for (int k = 0; k < distance.length; k++) {
                    distance[k] = k;
                }
                StringBuilder span = new StringBuilder();
                for (int len = 0; len <= longest; len++) {
                    if (len > 0) {
                        String w = words.get(j + len - 1);
                        span.append(span.length() == 0 ? "" : " ").append(w);
                        distance = nextRow(distance, canonical, w, len);
                    }
                    boolean ok = s.reading().accepts(span.toString());
                    relax(cost, fromI, fromJ, right, i, j, i + 1, j + len,
                            c + (ok ? 0 : WRONG + 2 * distance[canonical.size()]), ok);
                }
            }
        }
        List<Placed> placed = new ArrayList<>();
        boolean[] inserted = new boolean[m];
        int i = n;
        int j = m;
        while (i > 0 || j > 0) {
            int pi = fromI[i][j];
            int pj = fromJ[i][j];
            if (pi < i && slots.get(pi).information()) {
                placed.add(0, new Placed(right[i][j], pj, j));
            } else if (pi == i) {
                inserted[pj] = true;
            }
            i = pi;
            j = pj;
        }
        return widened(placed, inserted, words);
    }

    /**
     * A wrongly said piece of information also owns the number words the voice said around it that the page has
     * nowhere else ("one eight zero" before "two two zero two two" for 18/02/2022), and the single letters after it
     * ("s p" after "t" for tsp), so the message quotes all of it.
     */
    private static List<Placed> widened(List<Placed> placed, boolean[] inserted, List<String> words) {
        List<Placed> out = new ArrayList<>();
        for (Placed p : placed) {
            if (p.right()) {
                out.add(p);
                continue;
            }
            int from = p.from();
            int to = p.to();
            while (from > 0 && inserted[from - 1] && NUMBER_WORDS.contains(words.get(from - 1))) {
                inserted[--from] = false;
            }
            while (to < words.size() && inserted[to] && (NUMBER_WORDS.contains(words.get(to))
                    || words.get(to).length() == 1)) { // and, after it, the letters of a unit said letter by letter
                inserted[to++] = false;
            }
            out.add(new Placed(false, from, to));
        }
        return out;
    }

    private static final java.util.Set<String> NUMBER_WORDS = java.util.Set.of("zero", "oh", "one", "two", "three",
            "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen",
            "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty",
            "seventy", "eighty", "ninety", "hundred", "thousand", "million", "point", "slash", "dash", "hyphen",
            "over", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
            "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
            "eighteenth", "nineteenth", "twentieth", "thirtieth");

    /**
     * The cheap way for a huge element: each piece of information is looked for, in order, as one of its readings
     * in the words after the last one found; one not found is wrong, with nothing to quote.
     */
    private static List<Placed> inOrder(List<Slot> slots, List<String> words) {
        List<Placed> placed = new ArrayList<>();
        int at = 0;
        for (Slot s : slots) {
            if (!s.information()) {
                continue;
            }
            Placed found = null;
            int longest = s.reading().longest();
            for (int j = at; j < words.size() && found == null; j++) {
                StringBuilder span = new StringBuilder();
                for (int len = 1; len <= longest && j + len <= words.size(); len++) {
                    span.append(len == 1 ? "" : " ").append(words.get(j + len - 1));
                    if (s.reading().accepts(span.toString())) {
                        found = new Placed(true, j, j + len);
                        break;
                    }
                }
            }
            placed.add(found == null ? new Placed(false, at, at) : found);
            at = found == null ? at : found.to();
        }
        return placed;
    }

    private static void relax(int[][] cost, int[][] fromI, int[][] fromJ, boolean[][] right, int i, int j, int ni,
                              int nj, int c, boolean ok) {
        if (c < cost[ni][nj] || c == cost[ni][nj] && ok && !right[ni][nj]) {
            cost[ni][nj] = c;
            fromI[ni][nj] = i;
            fromJ[ni][nj] = j;
            right[ni][nj] = ok;
        }
    }

    /** One more row of the word edit distance between {@code canonical} and the span that now ends in {@code w}. */
    private static int[] nextRow(int[] previous, List<String> canonical, String w, int len) {
        int[] row = new int[previous.length];
        row[0] = len;
        for (int k = 1; k < row.length; k++) {
            int sub = previous[k - 1] + (canonical.get(k - 1).equals(w) ? 0 : 1);
            row[k] = Math.min(sub, Math.min(previous[k] + 1, row[k - 1] + 1));
        }
        return row;
    }

    static List<String> split(String words) {
        return words.isEmpty() ? List.of() : List.of(words.split(" "));
    }
}
