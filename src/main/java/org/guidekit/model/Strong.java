package org.guidekit.model;

import java.util.List;

/** Strong importance ({@code **bold**}). */
public record Strong(List<Inline> content) implements Inline {
    public Strong {
        content = List.copyOf(content);
    }

    @Override
    public <R> R accept(InlineVisitor<R> visitor) {
        return visitor.visitStrong(this);
    }
}
