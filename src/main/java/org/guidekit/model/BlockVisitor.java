package org.guidekit.model;

/** Exhaustive dispatch over {@link Block}s (pattern-matching switch is still a preview in Java 17). */
public interface BlockVisitor<R> {
    R visitParagraph(Paragraph paragraph);

    R visitList(ListBlock list);

    R visitCallout(Callout callout);

    R visitFigure(Figure figure);

    R visitTable(Table table);
}
