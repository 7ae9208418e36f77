/**
 * The renderer contract and what all renderers share: {@link org.guidekit.render.Renderer} (one output format),
 * {@link org.guidekit.render.Renderers} (the explicit registry by format name, like pandoc's writer list),
 * {@link org.guidekit.render.RenderOptions} and {@link org.guidekit.render.AtomicOutput} (temp file, then move, so no
 * half-written file is ever left in the output folder). Each format lives in its own sub-package and reads only the
 * model.
 */
package org.guidekit.render;
