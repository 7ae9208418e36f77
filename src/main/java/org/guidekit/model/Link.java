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

    /** The address as a reader would type it, as print and braille show it: without {@code mailto:} or {@code tel:}. */
    public String shownAddress() {
        return shownAddress(destination);
    }

    /** {@link #shownAddress()} of any destination. */
    public static String shownAddress(String destination) {
        for (String scheme : new String[] {"mailto:", "tel:"}) {
            if (destination.startsWith(scheme)) {
                return destination.substring(scheme.length());
            }
        }
        return destination;
    }

    @Override
    public <R> R accept(InlineVisitor<R> visitor) {
        return visitor.visitLink(this);
    }
}
