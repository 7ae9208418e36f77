package org.guidekit.render.braille;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays placements onto braille pages (pure: cells in, cells out). BANA's page rules: the braille page number at the
 * right end of the last line, with at least three blank cells before it; the print page number at the right end of the
 * first line of each body page, after a continuation letter ("a5", "b5") when the print page began on an earlier
 * braille page; a print page that begins inside a braille page shown by a print page change indicator line (dots 36
 * across the line up to the new number at the right margin), never on the first line (the number at the top says it)
 * nor the last (it moves to the next page, whose top then shows the new number); no blank line at the top of a page,
 * after a heading or box line, or before a closing box line; a heading or opening box line never the last line of a
 * page (it moves to the next page with what follows). Lines break between words ({@link LineFiller}).
 */
final class PageLayout {
    /** Blank cells required between text and the page number, and at either side of a centred line. */
    static final int MARGIN = 3;
    /** The cell of a print page change indicator line, dots 36. */
    static final char PRINT_PAGE_LINE = '\u2824';

    private final int cells;
    private final int lines;
    private final PageNumbers numbers;
    private final PrintNumbers printNumbers;
    /** The print pages in effect (0 before the first {@link Placement.PrintPage}) and the page they began on. */
    private int printFirst;
    private int printLast;
    private int printFrom;
    /** The print page number on the first line of the page being filled, or null. */
    private String top;
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
    private int[] chainPrint;
    private String chainTop;

    /** Braille page numbers: preliminary pages (the title page) are p1, p2...; the body starts again at 1. */
    interface PageNumbers {
        /** The cells of page {@code number} (1-based) of the preliminary pages or of the body. */
        String number(boolean preliminary, int number);
    }

    /** Print page numbers: page {@code first}, or pages {@code first} to {@code last}, in cells. */
    interface PrintNumbers {
        String number(int first, int last);
    }

    private PageLayout(int cells, int lines, PageNumbers numbers, PrintNumbers printNumbers) {
        this.cells = cells;
        this.lines = lines;
        this.numbers = numbers;
        this.printNumbers = printNumbers;
    }

    /** Lays out {@code placements} that say nothing of print pages. */
    static BraillePages lay(List<Placement> placements, int cells, int lines, PageNumbers numbers) {
        return lay(placements, cells, lines, numbers, (first, last) -> {
            throw new IllegalArgumentException("no print page numbers for these placements");
        });
    }

    /** Lays out {@code placements}; a {@link Placement.NewPage} ends the preliminary pages. */
    static BraillePages lay(List<Placement> placements, int cells, int lines, PageNumbers numbers,
                            PrintNumbers printNumbers) {
        PageLayout layout = new PageLayout(cells, lines, numbers, printNumbers);
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
        } else if (p instanceof Placement.PrintPage print) {
            blankIfPending();
            // Kept with what follows: the indicator line never ends a page apart from its page's first text.
            keepWithNext(() -> printPage(print));
            suppressBlank = true;
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
            chainPrint = new int[] {printFirst, printLast, printFrom};
            chainTop = top;
        }
        chain.add(placement);
        placement.run();
        boolean stranded = page.size() == lines || pages.size() > chainPages;
        if (stranded && !chainPage.isEmpty()) {
            while (pages.size() > chainPages) {
                pages.remove(pages.size() - 1);
            }
            page = chainPage;
            printFirst = chainPrint[0];
            printLast = chainPrint[1];
            printFrom = chainPrint[2];
            top = chainTop;
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

    /**
     * A print page begins: on the next braille page when this one has no room for the indicator line and a line
     * after it (the number at that page's top shows it), at the top of this page when it is still empty, else on an
     * indicator line here.
     */
    private void printPage(Placement.PrintPage print) {
        if (!page.isEmpty() && page.size() >= lines - 1) {
            finishPage();
        }
        printFirst = print.first();
        printLast = print.last();
        printFrom = pages.size();
        if (!page.isEmpty()) {
            String number = printNumbers.number(print.first(), print.last());
            page.add(String.valueOf(PRINT_PAGE_LINE).repeat(cells - number.length()) + number);
        }
    }

    /**
     * The print page number at the top of braille page {@code pageIndex}: the print page in effect there, after a
     * continuation letter when it began on an earlier braille page ("a" on the first such page, then "b"...; after
     * "z", "aa", "bb"...). Null on the title page, before the body's first print page.
     */
    private String topNumber(int pageIndex) {
        if (printFirst == 0) {
            return null;
        }
        String number = printNumbers.number(printFirst, printLast);
        int continuation = pageIndex - printFrom - 1;
        if (continuation < 0) {
            return number;
        }
        String letter = String.valueOf((char) ('a' + continuation % 26)).repeat(continuation / 26 + 1);
        return AsciiBraille.toUnicode(letter) + number;
    }

    /**
     * Cells a line may use: the last line of a page leaves room for the page number, the first for the print page
     * number.
     */
    int width(int index) {
        if (index == lines - 1) {
            return cells - number(pages.size()).length() - MARGIN;
        }
        if (index == 0) {
            String number = topNumber(page.isEmpty() ? pages.size() : pages.size() + 1);
            return number == null ? cells : cells - number.length() - MARGIN;
        }
        return cells;
    }

    int cells() {
        return cells;
    }

    void addLine(String line) {
        if (page.size() == lines) {
            finishPage();
        }
        if (page.isEmpty()) {
            top = topNumber(pages.size());
        }
        page.add(stripTrailingBlanks(line));
    }

    private void finishPage() {
        while (page.size() < lines) {
            page.add("");
        }
        if (top != null) {
            String first = page.get(0);
            page.set(0, first + String.valueOf(AsciiBraille.BLANK).repeat(cells - top.length() - first.length())
                    + top);
            top = null;
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
