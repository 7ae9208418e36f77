package org.guidekit.model;

import java.util.List;

/** Emphasis ({@code *stress*}). Large print shows it bold, never italic. */
public record Emphasis(List<Inline> content) implements Inline {
    public Emphasis {
        content = List.copyOf(content);
    }

    @Override
    public <R> R accept(InlineVisitor<R> visitor) {
        return visitor.visitEmphasis(this);
    }
}
