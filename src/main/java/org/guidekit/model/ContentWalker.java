package org.guidekit.model;

import java.util.List;

/**
 * The one way to walk a guide's content, after commonmark-java's {@code AbstractVisitor}: each {@code visit} method
 * by default visits the node's children in reading order, so a traversal overrides only the nodes it cares about
 * and calls {@code super} where it also wants their children. Reading order: a section's heading
 * ({@code visitHeading}), its blocks, then its subsections; a list's items; a callout's blocks; a table's header
 * row, then its rows, cell by cell; the content of strong, emphasis and links.
 *
 * <pre>{@code List<Figure> figures = new ArrayList<>();
 * new ContentWalker<RuntimeException>() {
 *     protected void visitFigure(Figure f) {
 *         figures.add(f);
 *     }
 * }.walk(guide);}</pre>
 *
 * <p>A walk that writes (an XML book, say) names its checked exception as {@code X}; others use
 * {@link RuntimeException}. A renderer that must say something different for every kind of node, and return it,
 * implements the exhaustive {@link BlockVisitor} or {@link InlineVisitor} instead.
 *
 * @param <X> the checked exception the walk may throw
 */
public abstract class ContentWalker<X extends Exception> {
    /** One step of the walk, so that the exhaustive visitors can dispatch to methods that throw {@code X}. */
    private interface Step<X extends Exception> {
        void run() throws X;
    }

    private final BlockVisitor<Step<X>> blockKinds = new BlockVisitor<>() {
        @Override
        public Step<X> visitParagraph(Paragraph p) {
            return () -> ContentWalker.this.visitParagraph(p);
        }

        @Override
        public Step<X> visitList(ListBlock l) {
            return () -> ContentWalker.this.visitList(l);
        }

        @Override
        public Step<X> visitCallout(Callout c) {
            return () -> ContentWalker.this.visitCallout(c);
        }

        @Override
        public Step<X> visitFigure(Figure f) {
            return () -> ContentWalker.this.visitFigure(f);
        }

        @Override
        public Step<X> visitTable(Table t) {
            return () -> ContentWalker.this.visitTable(t);
        }
    };

    private final InlineVisitor<Step<X>> inlineKinds = new InlineVisitor<>() {
        @Override
        public Step<X> visitText(Text t) {
            return () -> ContentWalker.this.visitText(t);
        }

        @Override
        public Step<X> visitStrong(Strong s) {
            return () -> ContentWalker.this.visitStrong(s);
        }

        @Override
        public Step<X> visitEmphasis(Emphasis e) {
            return () -> ContentWalker.this.visitEmphasis(e);
        }

        @Override
        public Step<X> visitLink(Link l) {
            return () -> ContentWalker.this.visitLink(l);
        }

        @Override
        public Step<X> visitLineBreak(LineBreak b) {
            return () -> ContentWalker.this.visitLineBreak(b);
        }
    };

    /** Walks a whole guide: the introduction's blocks, then each section. (The metadata is not content.) */
    public final void walk(Guide guide) throws X {
        walkBlocks(guide.intro());
        for (Section s : guide.sections()) {
            visitSection(s);
        }
    }

    /** Walks some blocks in order. */
    public final void walkBlocks(List<Block> blocks) throws X {
        for (Block b : blocks) {
            walk(b);
        }
    }

    /**
     * Walks one block: calls the {@code visit} method of its kind. Every block of a walk passes here, nested ones
     * included, so a traversal that wants each block whatever its kind overrides this and calls {@code super}.
     */
    public void walk(Block block) throws X {
        block.accept(blockKinds).run();
    }

    /** Walks some inlines in order. */
    public final void walkInlines(List<Inline> inlines) throws X {
        for (Inline in : inlines) {
            walk(in);
        }
    }

    /** Walks one inline: calls the {@code visit} method of its kind. */
    public final void walk(Inline inline) throws X {
        inline.accept(inlineKinds).run();
    }

    /** The heading, the blocks, then the subsections. */
    protected void visitSection(Section section) throws X {
        visitHeading(section);
        walkBlocks(section.blocks());
        for (Section sub : section.subsections()) {
            visitSection(sub);
        }
    }

    /** A section's heading: its inlines. */
    protected void visitHeading(Section section) throws X {
        walkInlines(section.heading());
    }

    protected void visitParagraph(Paragraph paragraph) throws X {
        walkInlines(paragraph.content());
    }

    /** Each item in turn. */
    protected void visitList(ListBlock list) throws X {
        for (ListItem item : list.items()) {
            visitItem(item);
        }
    }

    protected void visitItem(ListItem item) throws X {
        walkBlocks(item.blocks());
    }

    /** The blocks inside; the kind and title are the callout's own. */
    protected void visitCallout(Callout callout) throws X {
        walkBlocks(callout.blocks());
    }

    /** A figure has no children: its alt text is a plain string. */
    protected void visitFigure(Figure figure) throws X {
    }

    /** The header row, then each body row. */
    protected void visitTable(Table table) throws X {
        visitRow(table.header());
        for (TableRow r : table.rows()) {
            visitRow(r);
        }
    }

    protected void visitRow(TableRow row) throws X {
        for (List<Inline> cell : row.cells()) {
            walkInlines(cell);
        }
    }

    protected void visitText(Text text) throws X {
    }

    protected void visitStrong(Strong strong) throws X {
        walkInlines(strong.content());
    }

    protected void visitEmphasis(Emphasis emphasis) throws X {
        walkInlines(emphasis.content());
    }

    /** The visible link text; the destination is the link's own. */
    protected void visitLink(Link link) throws X {
        walkInlines(link.content());
    }

    protected void visitLineBreak(LineBreak lineBreak) throws X {
    }
}
