package org.guidekit.render.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.guidekit.render.PrintPages;

/**
 * Reads where each page of a laid-out handout begins, in the model's terms ({@link PrintPages}), from the pages'
 * marks: every printed run belongs to a structure node, and the node of a paragraph, heading, callout, figure or
 * table row knows the model element it prints ({@link StructNode#source()}). Artifacts (the running head, page
 * numbers, a repeated table header, a box's "(continued)" label) and list labels belong to no element. Pure.
 *
 * <p>A page begins at the first element on it that was not printed before, or, when its first element is the one
 * the previous page ended with, inside that element after the words printed so far. An element printed again
 * further on (the row names a chart repeats in its second part) begins nothing.
 */
final class PrintPageStarts {
    private PrintPageStarts() {
    }

    static PrintPages of(Plan plan) {
        List<Plan.Page> pages = plan.pages();
        // Looked up, never iterated: the order of the starts comes from the pages.
        Map<String, int[]> words = new HashMap<>();
        Set<String> seen = new HashSet<>();
        List<PrintPages.Start> starts = new ArrayList<>();
        String lastOfPrevious = null;
        for (int i = 0; i < pages.size(); i++) {
            PrintPages.Start start = null;
            boolean continuationChecked = false;
            String last = null;
            List<String> onPage = new ArrayList<>();
            for (Mark m : pages.get(i).marks()) {
                for (Piece piece : pieces(m)) {
                    if (i > 0 && start == null) {
                        if (!continuationChecked && piece.id().equals(lastOfPrevious)) {
                            start = new PrintPages.Start(i + 1, piece.id(), words.get(piece.id())[0]);
                        } else if (!seen.contains(piece.id()) && !onPage.contains(piece.id())) {
                            start = new PrintPages.Start(i + 1, piece.id(), 0);
                        }
                        continuationChecked = true;
                    }
                    if (!onPage.contains(piece.id())) {
                        onPage.add(piece.id());
                    }
                    count(words.computeIfAbsent(piece.id(), k -> new int[2]), piece.text());
                    last = piece.id();
                }
                endLine(m, words);
            }
            seen.addAll(onPage);
            if (start != null) {
                starts.add(start);
            }
            if (last != null) {
                lastOfPrevious = last;
            }
        }
        return new PrintPages(pages.size(), starts);
    }

    /** Some printed text (or a picture, with no text) of the element {@code id}. */
    private record Piece(String id, String text) {
    }

    private static List<Piece> pieces(Mark m) {
        List<Piece> out = new ArrayList<>();
        if (m instanceof Mark.TextLine line) {
            for (Run r : line.runs()) {
                String id = element(r.owner());
                if (id != null) {
                    out.add(new Piece(id, r.text()));
                }
            }
        } else if (m instanceof Mark.Picture picture) {
            String id = element(picture.owner());
            if (id != null) {
                out.add(new Piece(id, ""));
            }
        }
        return out;
    }

    /** The model element a run of {@code node} prints, or null (a list label, the title block, an artifact). */
    private static String element(StructNode node) {
        for (StructNode n = node; n != null; n = n.parent()) {
            if (n.type().equals("Lbl")) {
                return null;
            }
            if (n.source() != null) {
                return n.source();
            }
        }
        return null;
    }

    /**
     * Counts the words of {@code text}: {@code state[0]} words so far, {@code state[1]} 1 while inside a word (a
     * word goes on into the next run of the same line, "bold" then "ly").
     */
    private static void count(int[] state, String text) {
        for (int k = 0; k < text.length(); k++) {
            if (Character.isWhitespace(text.charAt(k))) {
                state[1] = 0;
            } else if (state[1] == 0) {
                state[0]++;
                state[1] = 1;
            }
        }
    }

    /** A line's end ends the word on it. */
    private static void endLine(Mark m, Map<String, int[]> words) {
        if (m instanceof Mark.TextLine line) {
            for (Run r : line.runs()) {
                String id = element(r.owner());
                if (id != null) {
                    words.get(id)[1] = 0;
                }
            }
        }
    }
}
