package org.guidekit.render.speech;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.guidekit.model.Emphasis;
import org.guidekit.model.Inline;
import org.guidekit.model.LineBreak;
import org.guidekit.model.Link;
import org.guidekit.model.Strong;
import org.guidekit.model.Text;
import org.guidekit.text.SentenceBoundaries;

/**
 * Splits printed inline content into sentences, keeping its emphasis and links, so that the speech plan and a
 * talking book's text agree on where each sentence is: the voice speaks one sentence at a time and the DAISY book
 * highlights the same sentence. Pure; both sides call {@link #split} on the same model content.
 *
 * <p>Where sentences end is {@link SentenceBoundaries}'s to say, the splitter the checks use too.
 */
public final class PrintedSentences {
    private PrintedSentences() {
    }

    /**
     * The sentences of {@code content}, in order, together holding every character of it (the space after a sentence
     * stays with it). Never empty for non-empty content.
     */
    public static List<List<Inline>> split(List<Inline> content) {
        String flat = flatten(content);
        List<Integer> starts = SentenceBoundaries.starts(flat);
        List<List<Inline>> sentences = new ArrayList<>();
        Offsets offsets = new Offsets();
        for (int i = 0; i < starts.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1) : flat.length();
            sentences.add(offsets.slice(content, starts.get(i), end));
        }
        return sentences;
    }

    /** The id of sentence {@code n} (1-based) of the block {@code blockId} when it has more than one. */
    public static String sentenceId(String blockId, int n) {
        return blockId + "-s" + n;
    }

    /** The id of table cell {@code column} (0-based) of a row: a table row is read cell by cell. */
    public static String cellId(String rowId, int column) {
        return rowId + "-c" + (column + 1);
    }

    /** The printed characters: text as it is, a line break as one newline. */
    static String flatten(List<Inline> content) {
        StringBuilder sb = new StringBuilder();
        for (Inline in : content) {
            if (in instanceof Text t) {
                sb.append(t.text());
            } else if (in instanceof LineBreak) {
                sb.append('\n');
            } else {
                sb.append(flatten(children(in)));
            }
        }
        return sb.toString();
    }

    /**
     * Slices content by flat character offsets. Where each inline starts is worked out once per list and kept, and
     * a slice visits only the inlines it overlaps, so splitting a paragraph of any length into sentences takes time
     * in proportion to it (measuring every inline again for every sentence took minutes on a one-paragraph guide).
     */
    private static final class Offsets {
        /** Per list of inlines (by identity): where each inline starts, and the list's end, in flat characters. */
        private final Map<List<Inline>, int[]> starts = new IdentityHashMap<>();

        private int[] starts(List<Inline> content) {
            int[] at = starts.get(content);
            if (at == null) {
                at = new int[content.size() + 1];
                for (int i = 0; i < content.size(); i++) {
                    at[i + 1] = at[i] + length(content.get(i));
                }
                starts.put(content, at);
            }
            return at;
        }

        private int length(Inline in) {
            if (in instanceof Text t) {
                return t.text().length();
            } else if (in instanceof LineBreak) {
                return 1;
            }
            int[] at = starts(children(in));
            return at[at.length - 1];
        }

        /** The part of {@code content} between two flat character offsets, with its wrappers. */
        List<Inline> slice(List<Inline> content, int from, int to) {
            int[] at = starts(content);
            // the first inline that ends at or after from; those before it cannot overlap
            int lo = 0;
            int hi = content.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (at[mid + 1] < from) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            List<Inline> out = new ArrayList<>();
            for (int i = lo; i < content.size() && at[i] < to; i++) {
                int length = at[i + 1] - at[i];
                int a = Math.max(from, at[i]);
                int b = Math.min(to, at[i + 1]);
                if (a < b || (length == 0 && at[i] >= from)) {
                    out.add(part(content.get(i), a - at[i], b - at[i]));
                }
            }
            return out;
        }

        private Inline part(Inline in, int from, int to) {
            if (in instanceof Text t) {
                return new Text(t.text().substring(from, to));
            } else if (in instanceof Strong s) {
                return new Strong(slice(s.content(), from, to));
            } else if (in instanceof Emphasis e) {
                return new Emphasis(slice(e.content(), from, to));
            } else if (in instanceof Link l) {
                return new Link(l.destination(), slice(l.content(), from, to));
            }
            return in; // a line break
        }
    }

    private static List<Inline> children(Inline in) {
        if (in instanceof Strong s) {
            return s.content();
        } else if (in instanceof Emphasis e) {
            return e.content();
        } else if (in instanceof Link l) {
            return l.content();
        }
        return List.of();
    }
}
