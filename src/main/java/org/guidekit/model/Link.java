package org.guidekit.model;

import java.util.List;
import java.util.Objects;

/**
 * A link. The reader only lets through {@code https:}, {@code http:}, {@code mailto:} and {@code tel:}.
 *
 * @param destination the target URI
 * @param content     the visible link text
 */
public record Link(String destination, List<Inline> content) implements Inline {
    public Link {
        Objects.requireNonNull(destination, "destination");
        content = List.copyOf(content);
    }

    @Override
    public <R> R accept(InlineVisitor<R> visitor) {
        return visitor.visitLink(this);
    }
}
