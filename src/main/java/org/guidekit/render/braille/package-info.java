/**
 * The braille edition: a BANA-formatted BRF and a PEF 1.0 file of a guide, translated by liblouis.
 *
 * <p>Entry point: {@link org.guidekit.render.braille.BrailleRenderer} ({@code --format braille}). Three stages.
 * {@link org.guidekit.render.braille.GuideTranscriber} (with {@link org.guidekit.render.braille.TableTranscriber})
 * knows what each element of the guide becomes in braille (title page, headings, 3-1 paragraphs, 1-3 lists, boxed
 * callouts, transcriber's notes, tables) and yields {@link org.guidekit.render.braille.Placement}s, translating
 * through the {@link org.guidekit.render.braille.BrailleTranslator} interface.
 * {@link org.guidekit.render.braille.PageLayout} is the pure plan: placements onto pages of cells (line breaking,
 * page numbers, keep-with-next), pinned by golden BRF files. {@link org.guidekit.render.braille.BrfWriter} and
 * {@link org.guidekit.render.braille.PefWriter} spell the pages as ASCII braille and as PEF.
 *
 * <p>{@link org.guidekit.render.braille.Liblouis}, {@link org.guidekit.render.braille.LiblouisFiles} and
 * {@link org.guidekit.render.braille.LiblouisTranslator} wrap liblouis (liblouis-java over JNA, the native library
 * and tables unpacked from the {@code org.liblouis:louis} NARs at build time). This is the only package in which
 * liblouis and JNA types may appear.
 */
package org.guidekit.render.braille;
