/**
 * The renderer contract and what all renderers share: {@link org.guidekit.render.Renderer} (one output format),
 * {@link org.guidekit.render.Renderers} (the explicit registry by format name, like pandoc's writer list),
 * {@link org.guidekit.render.RenderOptions} and {@link org.guidekit.render.AtomicOutput} (temp file, then move, so no
 * half-written file is ever left in the output folder). Each format lives in its own sub-package and reads only the
 * model. Three small pieces serve some formats: {@link org.guidekit.render.SpokenRenderer} (the base of the formats
 * that carry audio: the build's one speech service), {@link org.guidekit.render.OptionalAudio} (what the EPUB and
 * the page, which carry audio only when the voice speaks the guide's language, declare and check) and
 * {@link org.guidekit.render.BundledText} (a stylesheet or script shipped in the jar).
 */
package org.guidekit.render;
