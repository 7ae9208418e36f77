package org.guidekit.render.pdf;

/**
 * A border drawn around consecutive chunks (a callout); on each page it encloses that page's part.
 *
 * @param id        identifies the callout
 * @param x         left edge
 * @param width     width
 * @param lineWidth stroke width
 */
public record Frame(int id, float x, float width, float lineWidth) {
}
