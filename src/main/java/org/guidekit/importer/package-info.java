/**
 * Word import: a clinic's .docx leaflet → guide Markdown, its pictures and findings. The only package that sees
 * Apache POI.
 *
 * <p>{@link org.guidekit.importer.WordImporter#read} is the entry point and {@link org.guidekit.importer.ImportedGuide}
 * the result. {@code DocxFile} opens the file within safe limits or says what it is instead; {@code BodyReader},
 * {@code ParagraphReader} and {@code TableReader} read Word's XML into entries; {@code Grouper} makes lists,
 * callouts and headings of them; {@code MarkdownWriter} writes Markdown that the guide reader reads back as the
 * same text, and places each finding on its line.
 */
package org.guidekit.importer;
