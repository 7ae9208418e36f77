/**
 * DAISY 2.02 talking books: a folder with {@code ncc.html} (navigation), {@code content.html} (the full text),
 * one SMIL file per section (its warnings and the text after them included) and one constant-bitrate MP3 per
 * chapter, so that DAISY players and apps can jump from heading to heading (warnings included, one level below
 * their section, linking into the section's file) and highlight the text sentence by sentence as it is read. NCC
 * links point to the SMIL {@code <text>} of each item's first par, as players expect.
 *
 * <p>{@link org.guidekit.render.daisy.DaisyPlanner} turns the model plus the audio clip map (which utterance is
 * where in which audio file) into a pure {@link org.guidekit.render.daisy.DaisyBook}; the writers
 * ({@link org.guidekit.render.daisy.NccWriter}, {@link org.guidekit.render.daisy.SmilWriter},
 * {@link org.guidekit.render.daisy.ContentWriter}) only know XML. Audio comes from the audio renderer's synthesis,
 * never synthesised twice.
 */
package org.guidekit.render.daisy;
