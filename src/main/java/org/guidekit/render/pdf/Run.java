package org.guidekit.render.pdf;

/**
 * A piece of one line drawn in one face.
 *
 * @param text  the characters, including a trailing space when a word follows on the same line
 * @param bold  bold face (strong, emphasis, headings); large print never uses italics
 * @param owner the structure element the text belongs to, or null for an artifact (page numbers, repeated headers)
 * @param uri   the link target when the run is part of a link, else null
 */
record Run(String text, boolean bold, StructNode owner, String uri) {
}
