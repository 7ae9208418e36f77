package org.guidekit.render.pdf;

import java.util.List;

/**
 * The unit of pagination: a slice of the page that is never split (a line, a table row, a figure).
 *
 * @param height       height in points
 * @param spaceBefore  space above it, dropped at the top of a page
 * @param keepWithNext true when a page break may not fall between this chunk and the next
 * @param marks        what to draw, relative to the chunk's top
 * @param repeatHeader for table rows: the artifact copy of the header row drawn first on a new page, or null
 * @param frame        the callout border this chunk sits in, or null
 */
public record Chunk(float height, float spaceBefore, boolean keepWithNext, List<Mark> marks, Chunk repeatHeader,
                    Frame frame) {
    public Chunk {
        marks = List.copyOf(marks);
    }

    public Chunk withKeepWithNext(boolean keep) {
        return new Chunk(height, spaceBefore, keep, marks, repeatHeader, frame);
    }

    public Chunk withSpaceBefore(float space) {
        return new Chunk(height, space, keepWithNext, marks, repeatHeader, frame);
    }
}
