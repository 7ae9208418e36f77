package org.guidekit.render.pdf;

/**
 * Where a block goes: its structure parent, its column and the callout border around it.
 *
 * @param parent       the structure node the block's element is added to
 * @param x            left edge of the column
 * @param width        column width
 * @param frame        the callout border, or null
 * @param headingLevel the level a heading inside the block gets (callout titles)
 */
record Place(StructNode parent, float x, float width, Frame frame, int headingLevel) {
    Place in(StructNode node) {
        return new Place(node, x, width, frame, headingLevel);
    }

    Place indented(StructNode node, float by) {
        return new Place(node, x + by, width - by, frame, headingLevel);
    }
}
