package org.guidekit.render.braille;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Fills lines with the words of one text, each line as wide as its place on the page allows: between words only,
 * never at a no-break blank ({@link NoBreakCells}: inside a number with its unit or a phone number);
 * a word longer than a whole line is divided with a hyphen (dots 36), or, for a web or e-mail address, with the
 * UEB line continuation indicator (dot 5), as UEB rule 10.13 and BANA allow.
 */
final class LineFiller {
    static final char HYPHEN = '\u2824';
    static final char CONTINUATION = '\u2810';
    /** UEB slash (dots 456, 34) and at sign (dots 4, 1): a word holding one is an address. */
    private static final String[] ADDRESS_SIGNS = {"\u2838\u280C", "\u2808\u2801"};

    /** Cells of a divided word worth starting at the end of a line. */
    private static final int MIN_PIECE = 4;

    private final PageLayout layout;
    private final Placement.Text text;
    private boolean firstLine = true;

    LineFiller(PageLayout layout, Placement.Text text) {
        this.layout = layout;
        this.text = text;
    }

    void fill() {
        for (String segment : text.braille().split("\n", -1)) {
            if (text.format().preformatted()) {
                preformatted(segment);
            } else {
                words(segment);
            }
        }
    }

    /** A preformatted line goes whole onto the next line wide enough for it. */
    private void preformatted(String line) {
        if (line.length() > layout.width(layout.nextIndex())) {
            layout.addLine("");
        }
        layout.addLine(line.replace(NoBreakCells.NO_BREAK, AsciiBraille.BLANK));
        firstLine = false;
    }

    private void words(String segment) {
        Deque<String> words = new ArrayDeque<>();
        for (String w : segment.split(String.valueOf(AsciiBraille.BLANK))) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        while (!words.isEmpty()) {
            line(words);
            firstLine = false;
        }
    }

    /** Takes the words of one line off {@code words} and places the line. */
    private void line(Deque<String> words) {
        Format f = text.format();
        int index = layout.nextIndex();
        int indent = f.centred() ? 0 : firstLine ? f.first() : f.runover();
        int full = f.centred() ? layout.cells() - 2 * PageLayout.MARGIN : layout.cells() - indent;
        int room = f.centred() ? Math.min(full, layout.width(index) - PageLayout.MARGIN) : layout.width(index) - indent;
        StringBuilder line = new StringBuilder();
        while (!words.isEmpty()) {
            String w = words.peek();
            int needed = line.length() == 0 ? w.length() : line.length() + 1 + w.length();
            if (needed > room) {
                int piece = room - line.length() - 2; // after a blank, before the divider
                if (line.length() > 0 && w.length() > full && piece >= MIN_PIECE) {
                    // A word no line can hold starts here rather than on a line of its own.
                    words.poll();
                    int cut = cut(w, piece);
                    line.append(AsciiBraille.BLANK).append(w, 0, cut).append(divider(w));
                    words.push(w.substring(cut));
                }
                break;
            }
            if (line.length() > 0) {
                line.append(AsciiBraille.BLANK);
            }
            line.append(words.poll());
        }
        if (line.length() == 0) {
            String w = words.poll();
            if (w.length() <= full) { // fits a whole line, just not the page-number line: leave that one blank
                words.push(w);
                layout.addLine("");
                return;
            }
            int cut = cut(w, Math.max(1, room - 1));
            line.append(w, 0, cut).append(divider(w));
            words.push(w.substring(cut));
        }
        layout.addLine(pad(f, indent, line.toString().replace(NoBreakCells.NO_BREAK, AsciiBraille.BLANK),
                layout.width(index)));
    }

    private String pad(Format f, int indent, String content, int width) {
        int start = indent;
        if (f.centred()) {
            start = Math.max(PageLayout.MARGIN, (layout.cells() - content.length()) / 2);
            start = Math.min(start, width - content.length());
        }
        return String.valueOf(AsciiBraille.BLANK).repeat(Math.max(0, start)) + content;
    }

    /** Where to divide {@code word} within {@code max} cells: an address after a slash when one is near. */
    private static int cut(String word, int max) {
        if (isAddress(word)) {
            int slash = word.lastIndexOf(ADDRESS_SIGNS[0], max - ADDRESS_SIGNS[0].length());
            if (slash >= 0 && slash + ADDRESS_SIGNS[0].length() >= Math.max(MIN_PIECE, max * 2 / 3)) {
                return slash + ADDRESS_SIGNS[0].length();
            }
        }
        return max;
    }

    /** The hyphen for a word, the continuation indicator for an address. */
    private static char divider(String word) {
        return isAddress(word) ? CONTINUATION : HYPHEN;
    }

    private static boolean isAddress(String word) {
        for (String sign : ADDRESS_SIGNS) {
            if (word.contains(sign)) {
                return true;
            }
        }
        return false;
    }
}
