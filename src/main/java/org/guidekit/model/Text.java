package org.guidekit.model;

import java.util.Objects;

/** Plain text. Soft line breaks of the source are already folded into spaces. */
public record Text(String text) implements Inline {
    public Text {
        Objects.requireNonNull(text, "text");
    }

    @Override
    public <R> R accept(InlineVisitor<R> visitor) {
        return visitor.visitText(this);
    }
}
