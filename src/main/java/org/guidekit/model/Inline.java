package org.guidekit.model;

/** Text-level content: the closed set of things a paragraph, heading or cell is made of. */
public sealed interface Inline permits Text, Strong, Emphasis, Link, LineBreak {
    <R> R accept(InlineVisitor<R> visitor);
}
