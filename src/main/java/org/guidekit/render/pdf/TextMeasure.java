package org.guidekit.render.pdf;

import java.nio.file.Path;

/**
 * What the layout needs to know about fonts and images, without knowing the PDF library: widths, whether the
 * font has a glyph, and the pixel size of pictures.
 */
interface TextMeasure {
    /** Width of {@code text} in points. */
    float width(String text, boolean bold, float size);

    /** True when both faces can show {@code codePoint}. */
    boolean canShow(int codePoint);

    /** Width and height of an image in pixels. */
    int[] imageSize(Path file);
}
