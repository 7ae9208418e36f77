/**
 * The renderer contract and what all renderers share: {@link org.guidekit.render.Renderer} (one output format),
 * {@link org.guidekit.render.RenderOptions} and {@link org.guidekit.render.AtomicOutput} (temp file, then move, so
 * no half-written file is ever left in the output folder), {@link org.guidekit.render.BundledText} (a stylesheet or
 * script shipped in the jar) and {@link org.guidekit.render.PrintPagination} (where the handout's print pages begin,
 * {@link org.guidekit.render.PrintPages}, which the PDF offers and the braille shows). Each format lives in its own
 * sub-package, reads only the model and depends on this package, never this package on a format: the list of
 * formats, {@link org.guidekit.library.Renderers}, sits above them in {@code library}, as pandoc keeps its writer
 * list above its writers. The formats that carry audio extend {@link org.guidekit.render.audio.SpokenRenderer}.
 */
package org.guidekit.render;
