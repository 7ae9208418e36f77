package org.guidekit.check;

import java.util.ArrayList;
import java.util.List;

import org.guidekit.model.Block;
import org.guidekit.model.Callout;
import org.guidekit.model.ContentWalker;
import org.guidekit.model.Figure;
import org.guidekit.model.Guide;
import org.guidekit.model.Inline;
import org.guidekit.model.ListItem;
import org.guidekit.model.Metadata;
import org.guidekit.model.Paragraph;
import org.guidekit.model.Section;
import org.guidekit.model.Table;
import org.guidekit.model.TableRow;

/**
 * A guide flattened for checking: every block (nested ones included) and every piece of text, in reading order,
 * also grouped by section for per-section readability.
 */
final class GuideText {
    /** The text of the introduction or of one section (without its subsections). */
    public record Part(String heading, int line, List<TextUnit> units) {
        public Part {
            units = List.copyOf(units);
        }
    }

    private final List<Block> blocks = new ArrayList<>();
    private final List<TextUnit> units = new ArrayList<>();
    private final List<Part> parts = new ArrayList<>();

    private GuideText() {
    }

    /** Flattens {@code guide}. */
    public static GuideText of(Guide guide) {
        GuideText t = new GuideText();
        t.frontMatter(guide.metadata());
        t.parts.add(new Part("Introduction", 0, t.blocks(guide.intro())));
        for (Section s : guide.allSections()) {
            TextUnit heading = TextUnit.of(TextUnit.Kind.HEADING, s.line(), s.heading());
            t.units.add(heading);
            t.parts.add(new Part(heading.text().strip(), s.line(), t.blocks(s.blocks())));
        }
        return t;
    }

    /**
     * Every front-matter text an output prints or speaks ({@link Metadata#printedTexts()}: the title, subtitle and
     * organization first in every edition, the summary on the public library page), so every text rule reads them
     * too. A printed field without its own kind of unit fails here, never silently unchecked.
     */
    private void frontMatter(Metadata m) {
        m.printedTexts().forEach((key, text) -> units.add(new TextUnit(TextUnit.Kind.ofFrontMatter(key),
                Math.max(1, m.line(key)), List.of(), text)));
    }

    /** Every block, nested ones (inside lists and callouts) right after their parent. */
    public List<Block> blocks() {
        return List.copyOf(blocks);
    }

    /** Every piece of text, headings included. */
    public List<TextUnit> units() {
        return List.copyOf(units);
    }

    /** The introduction (heading "Introduction", line 0) and then each section. */
    public List<Part> parts() {
        return List.copyOf(parts);
    }

    private List<TextUnit> blocks(List<Block> list) {
        Flattener flattener = new Flattener();
        flattener.walkBlocks(list);
        return flattener.found;
    }

    /**
     * Adds the text of some blocks (nested ones included) to the guide's units and to {@code found}, and each block
     * to the guide's blocks. A paragraph in a list item is list-item text; elsewhere it is a paragraph.
     */
    private final class Flattener extends ContentWalker<RuntimeException> {
        private final List<TextUnit> found = new ArrayList<>();
        private TextUnit.Kind paragraphKind = TextUnit.Kind.PARAGRAPH;

        @Override
        public void walk(Block block) {
            blocks.add(block);
            super.walk(block);
        }

        @Override
        protected void visitParagraph(Paragraph p) {
            add(TextUnit.of(paragraphKind, p.line(), p.content()));
        }

        @Override
        protected void visitItem(ListItem item) {
            TextUnit.Kind outside = paragraphKind;
            paragraphKind = TextUnit.Kind.LIST_ITEM;
            super.visitItem(item);
            paragraphKind = outside;
        }

        @Override
        protected void visitCallout(Callout c) {
            c.title().ifPresent(t -> add(new TextUnit(TextUnit.Kind.CALLOUT_TITLE, c.line(), List.of(), t)));
            super.visitCallout(c);
        }

        @Override
        protected void visitFigure(Figure f) {
            add(new TextUnit(TextUnit.Kind.ALT_TEXT, f.line(), List.of(), f.alt()));
        }

        @Override
        protected void visitTable(Table t) {
            // A GFM table has one row per line: header, the |---| line, then the rows.
            cells(t.header(), t.line());
            for (int i = 0; i < t.rows().size(); i++) {
                cells(t.rows().get(i), t.line() + 2 + i);
            }
        }

        private void cells(TableRow row, int line) {
            for (List<Inline> cell : row.cells()) {
                add(TextUnit.of(TextUnit.Kind.TABLE_CELL, line, cell));
            }
        }

        private void add(TextUnit unit) {
            found.add(unit);
            units.add(unit);
        }
    }
}
