package org.guidekit.model;

import java.util.List;
import java.util.Optional;

/**
 * A highlighted box such as a warning: {@code > [!WARNING] When to see a doctor}.
 *
 * @param kind   what sort of callout; its {@link CalloutKind#label()} is printed and spoken
 * @param title  optional title after the marker
 * @param blocks paragraphs and lists inside
 */
public record Callout(String id, CalloutKind kind, Optional<String> title, List<Block> blocks, int line)
        implements Block {
    public Callout {
        Required.nonNull("id kind title", id, kind, title);
        blocks = List.copyOf(blocks);
    }

    @Override
    public <R> R accept(BlockVisitor<R> visitor) {
        return visitor.visitCallout(this);
    }
}
