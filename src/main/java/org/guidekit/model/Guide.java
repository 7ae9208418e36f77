package org.guidekit.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A patient guide: metadata, the blocks before the first section (the introduction) and the sections.
 *
 * @param name      the guide's name, the source file name without {@code .md}; names its output folder
 * @param source    where the guide came from, as the user wrote it (for messages), e.g. {@code content/back.md}
 * @param sourceDigest SHA-256 (hex) of the exact bytes the guide was read from: the first of every format's
 *                  declared inputs, so a fingerprint always describes the content that was rendered
 * @param metadata  front-matter values
 * @param intro     blocks before the first {@code ##} heading
 * @param sections  top-level ({@code ##}) sections in reading order
 */
public record Guide(String name, String source, String sourceDigest, Metadata metadata, List<Block> intro,
                    List<Section> sections) {
    public Guide {
        Required.nonNull("name source sourceDigest metadata", name, source, sourceDigest, metadata);
        intro = List.copyOf(intro);
        sections = List.copyOf(sections);
    }

    /** Every figure in reading order, including those inside callouts and lists. */
    public List<Figure> figures() {
        List<Figure> figures = new ArrayList<>();
        new ContentWalker<RuntimeException>() {
            @Override
            protected void visitFigure(Figure f) {
                figures.add(f);
            }
        }.walk(this);
        return List.copyOf(figures);
    }

    /** All sections, depth first, in reading order (subsections follow their parent). */
    public List<Section> allSections() {
        List<Section> all = new ArrayList<>();
        for (Section s : sections) {
            s.collect(all);
        }
        return List.copyOf(all);
    }
}
