package org.guidekit.model;

/**
 * A block of a section: the closed set of things a guide is made of.
 * Every block carries a stable {@link #id()} and the 1-based source {@link #line()} it started on.
 */
public sealed interface Block permits Paragraph, ListBlock, Callout, Figure, Table {
    String id();

    int line();

    <R> R accept(BlockVisitor<R> visitor);
}
