package org.guidekit.model;

import java.util.List;
import java.util.Objects;

/**
 * A section started by a heading: {@code ##} is level 2, {@code ###} level 3 (the title is level 1).
 *
 * @param id          stable id, a slug of the heading ({@code step-1-apply-heat-or-cold})
 * @param level       2 or 3
 * @param heading     the heading's inline content
 * @param blocks      blocks before the first subsection
 * @param subsections nested sections, one level deeper
 * @param line        1-based line of the heading in the source file
 */
public record Section(String id, int level, List<Inline> heading, List<Block> blocks, List<Section> subsections,
                      int line) {
    public Section {
        Objects.requireNonNull(id, "id");
        heading = List.copyOf(heading);
        blocks = List.copyOf(blocks);
        subsections = List.copyOf(subsections);
        if (level < 2 || level > 6) {
            throw new IllegalArgumentException("section level " + level);
        }
        for (Section s : subsections) {
            if (s.level() != level + 1) {
                throw new IllegalArgumentException("subsection level " + s.level() + " under level " + level);
            }
        }
    }

    /** The heading as plain text. */
    public String headingText() {
        return Inlines.plainText(heading);
    }

    void collect(List<Section> into) {
        into.add(this);
        for (Section s : subsections) {
            s.collect(into);
        }
    }
}
