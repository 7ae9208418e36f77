package org.guidekit.render.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Fills lines greedily, left aligned and ragged right. Never hyphenates: lines break only between words. A word
 * wider than the line (a long web address) goes on lines of its own, broken after a {@code /} or {@code .}, and
 * only where even that is impossible, between characters.
 */
final class LineBreaker {
    private final TextMeasure measure;
    private final float size;
    private final float width;
    private final List<List<Run>> lines = new ArrayList<>();
    private final List<Boolean> insideWord = new ArrayList<>();
    private List<Word> line = new ArrayList<>();
    private float lineWidth;

    private LineBreaker(TextMeasure measure, float size, float width) {
        this.measure = measure;
        this.size = size;
        this.width = width;
    }

    /** The lines of {@code words} at {@code size} in a column {@code width} wide. */
    static List<List<Run>> lines(List<Word> words, TextMeasure measure, float size, float width) {
        LineBreaker b = new LineBreaker(measure, size, width);
        for (Word w : words) {
            b.add(w);
        }
        b.flush();
        b.spaceAtLineEnds();
        return b.lines;
    }

    /**
     * Ends every line but the last with the space that separated it from the next word, so that text extraction
     * and screen readers get "painful tightening", not "painfultightening". The space is invisible.
     */
    private void spaceAtLineEnds() {
        for (int i = 0; i < lines.size() - 1; i++) {
            if (!insideWord.get(i)) {
                List<Run> runs = new ArrayList<>(lines.get(i));
                Run last = runs.get(runs.size() - 1);
                runs.set(runs.size() - 1, new Run(last.text() + " ", last.bold(), last.owner(), last.uri()));
                lines.set(i, runs);
            }
        }
    }

    private void add(Word word) {
        if (word.lineBreak()) {
            flush();
        }
        float w = word.width(measure, size);
        if (w > width) {
            flush();
            List<Word> parts = split(word);
            for (int i = 0; i < parts.size(); i++) {
                line.add(parts.get(i));
                flush(i < parts.size() - 1);
            }
            return;
        }
        float space = line.isEmpty() ? 0 : measure.width(" ", false, size);
        if (!line.isEmpty() && lineWidth + space + w > width) {
            flush();
            space = 0;
        }
        line.add(word);
        lineWidth += space + w;
    }

    /** Pieces of a too-long word, each fitting the line. */
    private List<Word> split(Word word) {
        String text = word.text();
        List<Word> parts = new ArrayList<>();
        int from = 0;
        while (from < text.length()) {
            int end = lastFit(word, text, from);
            parts.add(word.slice(from, end, false));
            from = end;
        }
        return parts;
    }

    /** End of the longest fitting part from {@code from}: after a '/' or '.', else as many characters as fit. */
    private int lastFit(Word word, String text, int from) {
        int fits = from + 1;
        int atBreak = -1;
        for (int end = from + 1; end <= text.length(); end++) {
            if (word.slice(from, end, false).width(measure, size) > width) {
                break;
            }
            fits = end;
            char c = text.charAt(end - 1);
            if ((c == '/' || c == '.') && end < text.length()) {
                atBreak = end;
            }
        }
        if (fits == text.length()) {
            return fits;
        }
        return atBreak > from ? atBreak : fits;
    }

    private void flush() {
        flush(false);
    }

    private void flush(boolean endsInsideWord) {
        if (line.isEmpty()) {
            return;
        }
        lines.add(runs(line));
        insideWord.add(endsInsideWord);
        line = new ArrayList<>();
        lineWidth = 0;
    }

    /** Merges the words' pieces into runs of one style and owner; a space ends each word but the last. */
    private static List<Run> runs(List<Word> words) {
        List<Run> runs = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        Word.Piece style = null;
        for (int i = 0; i < words.size(); i++) {
            List<Word.Piece> pieces = words.get(i).pieces();
            for (int j = 0; j < pieces.size(); j++) {
                Word.Piece p = pieces.get(j);
                if (style != null && !sameStyle(style, p)) {
                    runs.add(new Run(text.toString(), style.bold(), style.owner(), style.uri()));
                    text.setLength(0);
                }
                style = p;
                text.append(p.text());
                if (j == pieces.size() - 1 && i < words.size() - 1) {
                    text.append(' ');
                }
            }
        }
        runs.add(new Run(text.toString(), style.bold(), style.owner(), style.uri()));
        return runs;
    }

    private static boolean sameStyle(Word.Piece a, Word.Piece b) {
        return a.bold() == b.bold() && a.owner() == b.owner() && java.util.Objects.equals(a.uri(), b.uri());
    }
}
