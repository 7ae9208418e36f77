package org.guidekit.render.pdf;

import org.guidekit.render.Paper;

/**
 * The handout's measurements, all derived from the paper and the body size so that everything scales with
 * {@code --size}. Points throughout; y grows downwards from the top of the page.
 *
 * @param paper    the paper
 * @param bodySize body text size (18 pt or more)
 * @param labels   the handout's own words in the guide's language
 */
record PdfStyle(Paper paper, float bodySize, HandoutLabels labels) {
    /** English labels. */
    public PdfStyle(Paper paper, float bodySize) {
        this(paper, bodySize, HandoutLabels.ENGLISH);
    }

    /** One inch on every side. */
    public static final float MARGIN = 72f;
    /** Line spacing as a multiple of the font size. */
    public static final float LINE_SPACING = 1.5f;

    public float titleSize() {
        return bodySize * 1.35f;
    }

    /** H2 is 1.2 × body, deeper headings 1.1 × body (ACB: 22 and 20 pt at an 18 pt body). */
    public float headingSize(int level) {
        return level <= 2 ? bodySize * 1.2f : bodySize * 1.1f;
    }

    public float lineHeight(float size) {
        return size * LINE_SPACING;
    }

    /** One blank body line: the space between paragraphs and around headings. */
    public float blankLine() {
        return lineHeight(bodySize);
    }

    /** Space above a heading: more than below it, so a heading sits with the text it introduces. */
    public float headingSpaceAbove() {
        return blankLine() * 1.25f;
    }

    /** Space between a heading and the text it introduces. */
    public float headingSpaceBelow() {
        return itemGap();
    }

    /** Baseline of the running line (title and clinic) on pages after the first, in the top margin. */
    public float runningHeadBaseline() {
        return MARGIN - bodySize * 0.75f;
    }

    /** Space between list items: half a blank line, so items stay visibly apart. */
    public float itemGap() {
        return blankLine() / 2;
    }

    public float left() {
        return MARGIN;
    }

    public float textWidth() {
        return paper.width() - 2 * MARGIN;
    }

    /** Top of the text area. */
    public float top() {
        return MARGIN;
    }

    /** Bottom of the flowing text: above the page-number line and a blank line. */
    public float bottom() {
        return paper.height() - MARGIN - 2 * blankLine();
    }

    /** Baseline of the page number, inside the bottom margin's inner edge. */
    public float pageNumberBaseline() {
        return paper.height() - MARGIN - (lineHeight(bodySize) - bodySize) / 2 - bodySize * 0.25f;
    }

    /** Inner padding of callout boxes and table cells. */
    public float padding() {
        return bodySize * 0.6f;
    }

    /** Callout border: thick, so the box shows without colour. */
    public float calloutBorder() {
        return Math.max(3f, bodySize / 6);
    }

    /** Space between a table cell's rules and its text: a third of the body size. */
    public float cellPadding() {
        return bodySize / 3;
    }

    public float tableRule() {
        return Math.max(1f, bodySize / 18);
    }

    /** Baseline offset of a line of {@code size} within its line box (text centred in the 1.5 leading). */
    public float baselineOffset(float size) {
        return (lineHeight(size) - size) / 2 + size * 0.8f;
    }
}
