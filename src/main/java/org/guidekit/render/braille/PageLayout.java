package org.guidekit.render.braille;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays placements onto braille pages (pure: cells in, cells out). BANA's page rules: the braille page number at the
 * right end of the last line, with at least three blank cells before it; no blank line at the top of a page, after
 * a heading or box line, or before a closing box line; a heading or opening box line never the last line of a page
 * (it moves to the next page with what follows). Lines break between words ({@link LineFiller}).
 */
final class PageLayout {
    /** Blank cells required between text and the page number, and at either side of a centred line. */
    static final int MARGIN = 3;

    private final int cells;
    private final int lines;
    private final PageNumbers numbers;
    /** Index of the first body page (after the title page), or -1 while still on preliminary pages. */
    private int bodyStart = -1;
    private final List<List<String>> pages = new ArrayList<>();
    private List<String> page = new ArrayList<>();
    private boolean pendingBlank;
    /** After a heading or the top box line, blank lines are left out. */
    private boolean suppressBlank;
    /** The keep-with-next placements not yet followed by text, and the state before the first of them. */
    private final List<Runnable> chain = new ArrayList<>();
    private int chainPages;
    private List<String> chainPage = new ArrayList<>();

    /** Braille page numbers: preliminary pages (the title page) are p1, p2...; the body starts again at 1. */
    interface PageNumbers {
        /** The cells of page {@code number} (1-based) of the preliminary pages or of the body. */
        String number(boolean preliminary, int number);
    }

    private PageLayout(int cells, int lines, PageNumbers numbers) {
        this.cells = cells;
        this.lines = lines;
        this.numbers = numbers;
    }

    /** Lays out {@code placements}; a {@link Placement.NewPage} ends the preliminary pages. */
    static BraillePages lay(List<Placement> placements, int cells, int lines, PageNumbers numbers) {
        PageLayout layout = new PageLayout(cells, lines, numbers);
        for (Placement p : placements) {
            layout.place(p);
        }
        if (!layout.page.isEmpty() || layout.pages.isEmpty()) {
            layout.finishPage();
        }
        return new BraillePages(cells, lines, layout.pages);
    }

    private void place(Placement p) {
        if (p instanceof Placement.NewPage) {
            pendingBlank = false;
            chain.clear();
            if (!page.isEmpty()) {
                finishPage();
            }
            if (bodyStart < 0) {
                bodyStart = pages.size();
            }
        } else if (p instanceof Placement.Blank) {
            pendingBlank = true;
        } else if (p instanceof Placement.BoxLine box) {
            if (box.top()) {
                blankIfPending();
                keepWithNext(() -> addLine(String.valueOf(box.cell()).repeat(width(nextIndex()))));
            } else {
                pendingBlank = false;
                chain.clear();
                addLine(String.valueOf(box.cell()).repeat(width(nextIndex())));
            }
            suppressBlank = box.top();
        } else if (p instanceof Placement.Text text) {
            blankIfPending();
            if (text.format().keepWithNext()) {
                keepWithNext(() -> new LineFiller(this, text).fill());
            } else {
                chain.clear();
                new LineFiller(this, text).fill();
            }
            suppressBlank = text.format().keepWithNext();
        }
    }

    /**
     * Places something that must not end a page, such as a heading, or a heading followed by a box line (a chain
     * of them moves together): when it would end the page (or run over onto the next), the whole chain goes to the
     * top of the next page instead, unless it already starts a page.
     */
    private void keepWithNext(Runnable placement) {
        if (chain.isEmpty()) {
            chainPages = pages.size();
            chainPage = new ArrayList<>(page);
        }
        chain.add(placement);
        placement.run();
        boolean stranded = page.size() == lines || pages.size() > chainPages;
        if (stranded && !chainPage.isEmpty()) {
            while (pages.size() > chainPages) {
                pages.remove(pages.size() - 1);
            }
            page = chainPage;
            finishPage();
            chainPages = pages.size();
            chainPage = new ArrayList<>();
            chain.forEach(Runnable::run);
        }
    }

    private void blankIfPending() {
        if (pendingBlank && !suppressBlank && !page.isEmpty() && page.size() < lines) {
            addLine("");
        }
        pendingBlank = false;
    }

    /** The index on its page of the line placed next. */
    int nextIndex() {
        return page.size() == lines ? 0 : page.size();
    }

    /** Cells a line may use: the last line of a page leaves room for the page number. */
    int width(int index) {
        return index == lines - 1 ? cells - number(pages.size()).length() - MARGIN : cells;
    }

    int cells() {
        return cells;
    }

    void addLine(String line) {
        if (page.size() == lines) {
            finishPage();
        }
        page.add(stripTrailingBlanks(line));
    }

    private void finishPage() {
        while (page.size() < lines) {
            page.add("");
        }
        String number = number(pages.size());
        String last = page.get(lines - 1);
        String gap = String.valueOf(AsciiBraille.BLANK).repeat(cells - number.length() - last.length());
        page.set(lines - 1, last + gap + number);
        pages.add(page);
        page = new ArrayList<>();
    }

    private String number(int pageIndex) {
        boolean preliminary = bodyStart < 0 || pageIndex < bodyStart;
        return numbers.number(preliminary, preliminary ? pageIndex + 1 : pageIndex - bodyStart + 1);
    }

    private static String stripTrailingBlanks(String line) {
        int end = line.length();
        while (end > 0 && line.charAt(end - 1) == AsciiBraille.BLANK) {
            end--;
        }
        return line.substring(0, end);
    }
}
