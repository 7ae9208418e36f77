package org.guidekit.render.pdf;

/**
 * A border drawn around consecutive chunks (a callout); on each page it encloses that page's part.
 *
 * @param id        identifies the callout
 * @param x         left edge
 * @param width     width
 * @param lineWidth stroke width
 * @param inset     space between the border and the text, kept when the callout continues on a new page
 * @param continued the label repeated at the top of each further page of the box ("Warning (continued)")
 */
record Frame(int id, float x, float width, float lineWidth, float inset, String continued) {
}
