package org.guidekit.model;

import java.util.List;
import java.util.Objects;

/** A paragraph of running text. */
public record Paragraph(String id, List<Inline> content, int line) implements Block {
    public Paragraph {
        Objects.requireNonNull(id, "id");
        content = List.copyOf(content);
    }

    @Override
    public <R> R accept(BlockVisitor<R> visitor) {
        return visitor.visitParagraph(this);
    }
}
