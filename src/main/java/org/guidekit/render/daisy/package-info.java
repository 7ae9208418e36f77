/**
 * DAISY 2.02 talking books: a folder with {@code ncc.html} (navigation), {@code content.html} (the full text),
 * one SMIL file and one constant-bitrate MP3 per chapter, so that DAISY players and apps can jump from heading to
 * heading and highlight the text as it is read.
 *
 * <p>{@link org.guidekit.render.daisy.DaisyPlanner} turns the model plus the audio clip map (which utterance is
 * where in which audio file) into a pure {@link org.guidekit.render.daisy.DaisyBook}; the writers
 * ({@link org.guidekit.render.daisy.NccWriter}, {@link org.guidekit.render.daisy.SmilWriter},
 * {@link org.guidekit.render.daisy.ContentWriter}) only know XML. Audio comes from the audio renderer's synthesis,
 * never synthesised twice.
 */
package org.guidekit.render.daisy;
