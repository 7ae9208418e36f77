package org.guidekit.model;

import java.nio.file.Path;

/**
 * An image on its own line, with the alt text every reader and listener gets instead.
 *
 * @param alt  required description of the picture
 * @param src  the path as written in the guide ({@code images/knee-to-chest.png})
 * @param file the image file, resolved and checked to exist inside the guide's folder
 */
public record Figure(String id, String alt, String src, Path file, int line) implements Block {
    public Figure {
        Required.nonNull("id src file", id, src, file);
        if (alt == null || alt.isBlank()) {
            throw new IllegalArgumentException("figure " + id + " has no alt text");
        }
    }

    @Override
    public <R> R accept(BlockVisitor<R> visitor) {
        return visitor.visitFigure(this);
    }
}
