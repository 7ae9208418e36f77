package org.guidekit.render.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.guidekit.model.Guide;
import org.guidekit.model.Metadata;
import org.guidekit.model.Section;

/**
 * The part that knows what the guide means on paper: the title block, headings, the order of blocks and the
 * structure tree (Document → H1, P, H2…). Produces the chunks the {@link Paginator} places on pages.
 */
final class HandoutLayout {
    private final PdfStyle style;
    private final TextMeasure measure;
    private final ChunkList chunks;
    private final BlockLayout blocks;
    private final StructNode root = StructNode.document();

    private HandoutLayout(PdfStyle style, TextMeasure measure, boolean captions) {
        this.style = style;
        this.measure = measure;
        this.chunks = new ChunkList(style);
        this.blocks = new BlockLayout(style, measure, chunks, captions);
    }

    /** Lays out {@code guide} and paginates it. */
    public static Plan plan(Guide guide, PdfStyle style, TextMeasure measure) {
        return plan(guide, style, measure, UnaryOperator.identity());
    }

    /**
     * Lays out {@code guide} and paginates the chunks as {@code keeps} changes them: the tests compare the chosen
     * breaks with those made when no table's record may go on over a page.
     */
    static Plan plan(Guide guide, PdfStyle style, TextMeasure measure, UnaryOperator<List<Chunk>> keeps) {
        HandoutLayout layout = new HandoutLayout(style, measure, guide.metadata().pictureCaptions());
        layout.titleBlock(guide.metadata());
        Place body = new Place(layout.root, style.left(), style.textWidth(), null, 2);
        layout.blocks.blocks(guide.intro(), body, style.blankLine());
        List<Plan.OutlineEntry> outline = new ArrayList<>();
        for (Section s : guide.sections()) {
            outline.add(layout.section(s));
        }
        List<Plan.Page> pages = new Paginator(style, measure, RunningHead.of(guide.metadata()))
                .paginate(keeps.apply(layout.chunks.chunks()));
        return new Plan(style, layout.root, pages, outline, guide.metadata().title(), guide.metadata().language());
    }

    private void titleBlock(Metadata m) {
        text(m.title(), "H1", style.titleSize(), true, 0);
        m.subtitle().ifPresent(s -> text(s, "P", style.headingSize(2), false, 0));
        m.organization().ifPresent(o -> text(o, "P", style.bodySize(), false, style.itemGap()));
        m.reviewed().ifPresent(d -> text(style.labels().reviewed(d, m.reviewedBy()), "P", style.bodySize(), false, 0));
    }

    private void text(String text, String type, float size, boolean bold, float spaceBefore) {
        StructNode node = root.add(type);
        var lines = LineBreaker.lines(InlineFlow.words(text, node, bold), measure, size, style.textWidth());
        chunks.addLines(lines, style.left(), size, spaceBefore, null);
    }

    private Plan.OutlineEntry section(Section s) {
        StructNode heading = root.add("H" + s.level()).from(s.id());
        float size = style.headingSize(s.level());
        var lines = LineBreaker.lines(InlineFlow.words(s.heading(), heading, true), measure, size,
                style.textWidth());
        int first = chunks.size();
        chunks.addLines(lines, style.left(), size, style.headingSpaceAbove(), null);
        chunks.keepTogether(first, Chunk.ALWAYS);
        chunks.keepLastWithNext();
        Place body = new Place(root, style.left(), style.textWidth(), null, Math.min(6, s.level() + 1));
        blocks.blocks(s.blocks(), body, style.headingSpaceBelow());
        List<Plan.OutlineEntry> children = new ArrayList<>();
        for (Section sub : s.subsections()) {
            children.add(section(sub));
        }
        return new Plan.OutlineEntry(s.headingText(), heading, children);
    }
}
