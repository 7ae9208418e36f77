package org.guidekit.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

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
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(sourceDigest, "sourceDigest");
        Objects.requireNonNull(metadata, "metadata");
        intro = List.copyOf(intro);
        sections = List.copyOf(sections);
    }

    /** Every figure in reading order, including those inside callouts and lists. */
    public List<Figure> figures() {
        List<Figure> figures = new ArrayList<>();
        collectFigures(intro, figures);
        for (Section s : allSections()) {
            collectFigures(s.blocks(), figures);
        }
        return List.copyOf(figures);
    }

    private static void collectFigures(List<Block> blocks, List<Figure> into) {
        for (Block b : blocks) {
            if (b instanceof Figure f) {
                into.add(f);
            } else if (b instanceof Callout c) {
                collectFigures(c.blocks(), into);
            } else if (b instanceof ListBlock l) {
                l.items().forEach(item -> collectFigures(item.blocks(), into));
            }
        }
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
