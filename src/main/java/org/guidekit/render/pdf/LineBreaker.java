package org.guidekit.render.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Fills lines greedily, left aligned and ragged right. Lines break between words; a word holds whole pieces of
 * information ("40 mg", "8:00 a.m.", see {@link InlineFlow}). A word longer than a whole line starts on the
 * current line and is broken where it fits: a web address only after {@code / ? & .}, a glued piece of
 * information at its spaces, any other word with a visible hyphen (an artifact, so it is not read aloud).
 */
final class LineBreaker {
    /** Where a line may end inside an address. */
    private static final String ADDRESS_BREAKS = "/?&.";
    /** Where a line may end inside an ordinary word without a hyphen. */
    private static final String WORD_BREAKS = "-/\u2013";

    private final TextMeasure measure;
    private final float size;
    private final float width;
    private final List<List<Run>> lines = new ArrayList<>();
    private final List<Boolean> insideWord = new ArrayList<>();
    private List<Word> line = new ArrayList<>();
    private float lineWidth;

    /**
     * The broken lines.
     *
     * @param runs  each line's runs
     * @param glued for each line, true when it ends inside a word: a page must not break after it
     */
    record Lines(List<List<Run>> runs, List<Boolean> glued) {
        Lines {
            runs = List.copyOf(runs);
            glued = List.copyOf(glued);
        }

        int size() {
            return runs.size();
        }
    }

    private LineBreaker(TextMeasure measure, float size, float width) {
        this.measure = measure;
        this.size = size;
        this.width = width;
    }

    /** The lines of {@code words} at {@code size} in a column {@code width} wide. */
    static Lines lines(List<Word> words, TextMeasure measure, float size, float width) {
        LineBreaker b = new LineBreaker(measure, size, width);
        for (Word w : words) {
            b.add(w);
        }
        b.flush(false);
        b.spaceAtLineEnds();
        return new Lines(b.lines, b.insideWord);
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
            flush(false);
        }
        float w = word.width(measure, size);
        float space = line.isEmpty() ? 0 : measure.width(" ", false, size);
        if (lineWidth + space + w <= width) {
            line.add(word);
            lineWidth += space + w;
        } else if (w <= width) {
            flush(false);
            line.add(word);
            lineWidth = w;
        } else {
            addLongWord(word, space);
        }
    }

    /** A word wider than a whole line: as much as fits on this line, the rest on lines of their own. */
    private void addLongWord(Word word, float space) {
        String text = word.text();
        boolean address = isAddress(text);
        int from = 0;
        float room = line.isEmpty() ? width : width - lineWidth - space;
        while (from < text.length()) {
            Cut cut = cut(word, text, from, room, address, !line.isEmpty());
            if (cut == null) {
                flush(false);
                room = width;
                continue;
            }
            Word piece = word.slice(from, cut.end, false);
            line.add(piece);
            from = cut.next;
            if (from < text.length()) {
                if (cut.hyphen) {
                    line.add(Word.hyphen(word.pieces().get(0).bold()));
                }
                flush(cut.insideWord);
                room = width;
            } else {
                float w = piece.width(measure, size);
                lineWidth = line.size() == 1 ? w : lineWidth + space + w;
            }
        }
    }

    /** A break inside a word: the piece ends at {@code end}, the rest starts at {@code next}. */
    private record Cut(int end, int next, boolean hyphen, boolean insideWord) {
    }

    /**
     * The longest piece from {@code from} that fits {@code room}: the whole rest, else up to the last allowed break
     * point, else (not for addresses) as many characters as fit before a hyphen. Null when nothing sensible fits
     * and the line already holds words (then the piece starts a new line).
     */
    private Cut cut(Word word, String text, int from, float room, boolean address, boolean lineHasWords) {
        float hyphen = measure.width("-", false, size);
        Cut best = null;
        Cut hyphenated = null;
        for (int end = from + 1; end <= text.length(); end++) {
            float w = word.slice(from, end, false).width(measure, size);
            if (w > room) {
                break;
            }
            if (end == text.length()) {
                return new Cut(end, end, false, false);
            }
            char c = text.charAt(end - 1);
            char next = text.charAt(end);
            if (next == ' ') {
                best = new Cut(end, end + 1, false, false); // a glued piece of information, broken at its space
            } else if ((address ? ADDRESS_BREAKS : WORD_BREAKS).indexOf(c) >= 0 && next != '/' && c != ' ') {
                best = new Cut(end, end, false, true);
            } else if (!address && w + hyphen <= room && end - from >= 2 && text.length() - end >= 2
                    && Character.isLetterOrDigit(c) && Character.isLetterOrDigit(next)) {
                hyphenated = new Cut(end, end, true, true);
            }
        }
        if (best != null && (hyphenated == null || best.end >= hyphenated.end - 3)) {
            return best;
        }
        if (hyphenated != null) {
            return hyphenated;
        }
        if (lineHasWords) {
            return null;
        }
        // Nothing allowed fits a whole line (a very long address or number): cut where it must.
        int end = from + 1;
        while (end < text.length() && word.slice(from, end + 1, false).width(measure, size) <= room) {
            end++;
        }
        return new Cut(end, end, false, true);
    }

    /** Web and e-mail addresses, which must not get a hyphen that is not part of them. */
    static boolean isAddress(String text) {
        return text.contains("://") || text.contains("www.") || text.contains("@")
                || text.matches("(?s).*[A-Za-z0-9]\\.[A-Za-z]{2,}.*/.*");
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
                boolean nextIsHyphen = i + 1 < words.size() && words.get(i + 1).hyphen();
                if (j == pieces.size() - 1 && i < words.size() - 1 && !nextIsHyphen) {
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
