package org.guidekit.model;

/** Exhaustive dispatch over {@link Inline}s. */
public interface InlineVisitor<R> {
    R visitText(Text text);

    R visitStrong(Strong strong);

    R visitEmphasis(Emphasis emphasis);

    R visitLink(Link link);

    R visitLineBreak(LineBreak lineBreak);
}
