/**
 * EPUB 3 with media overlays: {@code output/<name>/<name>.epub}, the successor of the DAISY book. One content
 * document per top-level section, a navigation document mirroring the sections, SMIL overlays that pair every
 * printed sentence with its clip in the guide's single MP3 (the same audio and timings as the MP3 edition and the
 * read-along page, from the build's one synthesis), schema.org accessibility metadata and a deterministic zip
 * (mimetype first and stored). A guide the voice cannot speak gets the same book without audio or overlays.
 *
 * <p>{@link org.guidekit.render.epub.EpubRenderer} is the entry point; {@link org.guidekit.render.epub.EpubPlanner}
 * makes the pure {@link org.guidekit.render.epub.EpubPlan}; the writers ({@code PackageWriter},
 * {@code NavWriter}, {@code ContentWriter}, {@code OverlayWriter}, {@code EpubZip}) know only XML and zip.
 */
package org.guidekit.render.epub;
