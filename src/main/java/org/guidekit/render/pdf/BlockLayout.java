package org.guidekit.render.pdf;

import static org.guidekit.render.pdf.StructNode.Attribute.ACTUAL_TEXT;
import static org.guidekit.render.pdf.StructNode.Attribute.ALT;
import static org.guidekit.render.pdf.StructNode.Attribute.LIST_NUMBERING;

import java.util.List;

import org.guidekit.model.Block;
import org.guidekit.model.BlockVisitor;
import org.guidekit.model.Callout;
import org.guidekit.model.Figure;
import org.guidekit.model.ListBlock;
import org.guidekit.model.ListItem;
import org.guidekit.model.Paragraph;
import org.guidekit.model.Table;

/**
 * Lays out blocks: paragraphs, lists with hanging indents, callouts in thick borders and figures scaled to the
 * column. Tables go to {@link TableLayout}.
 */
final class BlockLayout {
    /** Discs for lists, squares for nested lists, drawn as shapes (see {@link Mark.Bullet}). */
    private static final String[] BULLET_NUMBERING = {"Disc", "Square"};
    /** What a screen reader gets for a drawn bullet. */
    private static final String BULLET_TEXT = "\u2022";

    private final PdfStyle style;
    private final TextMeasure measure;
    private final ChunkList chunks;
    private final TableLayout tables;
    private final boolean captions;
    private int frames;

    BlockLayout(PdfStyle style, TextMeasure measure, ChunkList chunks, boolean captions) {
        this.captions = captions;
        this.style = style;
        this.measure = measure;
        this.chunks = chunks;
        this.tables = new TableLayout(style, measure, chunks);
    }

    /** Lays out {@code list}; the first block gets {@code firstSpace} above it, the others a blank line. */
    void blocks(List<Block> list, Place place, float firstSpace) {
        for (int i = 0; i < list.size(); i++) {
            block(list.get(i), place, i == 0 ? firstSpace : style.blankLine(), 0);
        }
    }

    private void block(Block block, Place place, float space, int listDepth) {
        block.accept(new BlockVisitor<Void>() {
            @Override
            public Void visitParagraph(Paragraph p) {
                paragraph(p, place, space);
                return null;
            }

            @Override
            public Void visitList(ListBlock l) {
                list(l, place, space, listDepth);
                return null;
            }

            @Override
            public Void visitCallout(Callout c) {
                callout(c, place, space);
                return null;
            }

            @Override
            public Void visitFigure(Figure f) {
                figure(f, place, space);
                return null;
            }

            @Override
            public Void visitTable(Table t) {
                tables.table(t, place, space);
                return null;
            }
        });
    }

    private void paragraph(Paragraph p, Place place, float space) {
        StructNode node = place.parent().add("P").from(p.id());
        var lines = LineBreaker.lines(InlineFlow.words(p.content(), node, false), measure, style.bodySize(),
                place.width());
        chunks.addLines(lines, place.x(), style.bodySize(), space, place.frame());
    }

    private void list(ListBlock l, Place place, float space, int depth) {
        String numbering = l.ordered() ? "Decimal" : BULLET_NUMBERING[Math.min(depth, 1)];
        StructNode list = place.parent().add("L").with(LIST_NUMBERING, numbering);
        float labelWidth = bulletSize(depth);
        for (int i = 0; l.ordered() && i < l.items().size(); i++) {
            labelWidth = Math.max(labelWidth, measure.width(l.label(i), false, style.bodySize()));
        }
        float indent = Math.max(labelWidth + style.bodySize() * 0.5f, style.bodySize() * 1.5f);
        for (int i = 0; i < l.items().size(); i++) {
            item(l.items().get(i), l.ordered() ? l.label(i) : null, place.in(list), indent,
                    i == 0 ? space : style.itemGap(), depth);
        }
    }

    /** A disc half the body size (a large, solid bullet), a slightly smaller square when nested. */
    private float bulletSize(int depth) {
        return style.bodySize() * (depth == 0 ? 0.5f : 0.42f);
    }

    /**
     * One item: the label in a {@code Lbl} (a number, or a drawn bullet when {@code label} is null), the blocks in an
     * {@code LBody}, kept on one page when they fit.
     */
    private void item(ListItem item, String label, Place place, float indent, float space, int depth) {
        StructNode li = place.parent().add("LI");
        StructNode lbl = li.add("Lbl");
        StructNode body = li.add("LBody");
        int first = chunks.size();
        Place inBody = place.indented(body, indent);
        for (int i = 0; i < item.blocks().size(); i++) {
            float gap = i == 0 ? space : item.blocks().get(i) instanceof ListBlock ? style.itemGap()
                    : style.blankLine();
            block(item.blocks().get(i), inBody, gap, depth + 1);
        }
        if (chunks.size() == first) {
            chunks.add(new Chunk(style.lineHeight(style.bodySize()), space, Chunk.FREE, List.of(), null,
                    place.frame()));
        }
        float baseline = chunks.get(first).marks().stream().filter(m -> m instanceof Mark.TextLine)
                .map(m -> ((Mark.TextLine) m).baseline()).findFirst().orElse(style.baselineOffset(style.bodySize()));
        if (label == null) {
            lbl.with(ACTUAL_TEXT, BULLET_TEXT);
            float size = bulletSize(depth);
            float middle = baseline - style.bodySize() * 0.3f; // the middle of a lower-case letter
            chunks.prependMark(first, new Mark.Bullet(place.x(), middle, size, depth > 0));
        } else {
            Run run = new Run(label, false, lbl, null);
            chunks.prependMark(first, new Mark.TextLine(place.x(), baseline, style.bodySize(), List.of(run)));
        }
        chunks.keepTogether(first, Chunk.IN_ITEM);
    }

    /** A {@code Sect} in a thick border: the kind's word and the title as a heading, then the blocks. */
    private void callout(Callout c, Place place, float space) {
        StructNode sect = place.parent().add("Sect").from(c.id());
        float border = style.calloutBorder();
        float inset = border + style.padding();
        Frame frame = new Frame(++frames, place.x(), place.width(), border, inset,
                style.labels().continued(c.kind()));
        int first = chunks.size();
        chunks.add(new Chunk(inset, space, Chunk.ALWAYS, List.of(), null, frame));
        StructNode heading = sect.add("H" + place.headingLevel());
        String title = style.labels().callout(c.kind()) + c.title().map(t -> ": " + t).orElse("");
        float width = place.width() - 2 * inset;
        var lines = LineBreaker.lines(InlineFlow.words(title, heading, true), measure, style.bodySize(), width);
        chunks.addLines(lines, place.x() + inset, style.bodySize(), 0, frame);
        chunks.keepLastWithNext();
        Place inside = new Place(sect, place.x() + inset, width, frame, Math.min(6, place.headingLevel() + 1));
        blocks(c.blocks(), inside, style.itemGap());
        chunks.keepLastWithNext(); // the closing inset never starts a page: no page holds an empty frame
        chunks.add(new Chunk(inset, 0, Chunk.FREE, List.of(), null, frame));
        chunks.keepTogether(first, Chunk.IN_CALLOUT);
    }

    /**
     * A {@code Figure} scaled to the column width, smaller only when it would not fit on one page; with its
     * description printed under it as a {@code Caption} when the guide asks for picture captions.
     */
    private void figure(Figure f, Place place, float space) {
        StructNode node = place.parent().add("Figure").with(ALT, f.alt()).from(f.id());
        int[] px = measure.imageSize(f.file());
        float width = place.width();
        float height = width * px[1] / px[0];
        float max = (style.bottom() - style.top()) * 0.8f;
        if (height > max) {
            width = width * max / height;
            height = max;
        }
        Mark picture = new Mark.Picture(node, f.file(), place.x(), 0, width, height);
        chunks.add(new Chunk(height, space, captions ? Chunk.ALWAYS : Chunk.FREE, List.of(picture), null,
                place.frame()));
        if (captions) {
            // Inside the Figure, so a screen reader that reads the Alt text does not hear the same words twice.
            StructNode caption = node.add("Caption");
            var lines = LineBreaker.lines(InlineFlow.words(f.alt(), caption, false), measure, style.bodySize(),
                    place.width());
            chunks.addLines(lines, place.x(), style.bodySize(), style.itemGap() / 2, place.frame());
        }
    }
}
