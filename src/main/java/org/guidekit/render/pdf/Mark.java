package org.guidekit.render.pdf;

import java.nio.file.Path;
import java.util.List;

/**
 * Something drawn on a page, positioned in points from the page's top-left corner (y grows downwards).
 * Marks inside a {@link Chunk} are relative to the chunk's top until the {@link Paginator} places them.
 */
sealed interface Mark {
    /** The same mark moved down by {@code dy}. */
    Mark shifted(float dy);

    /** A line of text: runs drawn one after another from {@code x} on the baseline {@code baseline}. */
    record TextLine(float x, float baseline, float size, List<Run> runs) implements Mark {
        public TextLine {
            runs = List.copyOf(runs);
        }

        @Override
        public TextLine shifted(float dy) {
            return new TextLine(x, baseline + dy, size, runs);
        }

        /** The visible text of the line. */
        public String text() {
            StringBuilder sb = new StringBuilder();
            runs.forEach(r -> sb.append(r.text()));
            return sb.toString();
        }
    }

    /** An image owned by a {@code Figure} element. */
    record Picture(StructNode owner, Path file, float x, float top, float width, float height) implements Mark {
        @Override
        public Picture shifted(float dy) {
            return new Picture(owner, file, x, top + dy, width, height);
        }
    }

    /**
     * A list bullet drawn as a filled shape, so it is large and solid in any font; an artifact (its {@code Lbl}
     * carries the text "•" for screen readers).
     *
     * @param x      left edge
     * @param middle the vertical centre
     * @param size   diameter of the disc or side of the square
     * @param square a square (nested lists) instead of a disc
     */
    record Bullet(float x, float middle, float size, boolean square) implements Mark {
        @Override
        public Bullet shifted(float dy) {
            return new Bullet(x, middle + dy, size, square);
        }
    }

    /** A stroked rectangle (callout border, table rule), always an artifact. */
    record Box(float x, float top, float width, float height, float lineWidth) implements Mark {
        @Override
        public Box shifted(float dy) {
            return new Box(x, top + dy, width, height, lineWidth);
        }
    }
}
