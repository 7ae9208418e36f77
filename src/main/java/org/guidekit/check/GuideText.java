package org.guidekit.check;

import java.util.ArrayList;
import java.util.List;

import org.guidekit.model.Block;
import org.guidekit.model.BlockVisitor;
import org.guidekit.model.Callout;
import org.guidekit.model.Figure;
import org.guidekit.model.Guide;
import org.guidekit.model.Inline;
import org.guidekit.model.ListBlock;
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

    /** The title, subtitle and organization are printed and spoken first, so every text rule reads them too. */
    private void frontMatter(Metadata m) {
        units.add(new TextUnit(TextUnit.Kind.TITLE, Math.max(1, m.line("title")), List.of(), m.title()));
        m.subtitle().ifPresent(s -> units.add(new TextUnit(TextUnit.Kind.SUBTITLE, Math.max(1, m.line("subtitle")),
                List.of(), s)));
        m.organization().ifPresent(o -> units.add(new TextUnit(TextUnit.Kind.ORGANIZATION,
                Math.max(1, m.line("organization")), List.of(), o)));
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
        List<TextUnit> found = new ArrayList<>();
        for (Block b : list) {
            block(b, TextUnit.Kind.PARAGRAPH, found);
        }
        return found;
    }

    private void block(Block block, TextUnit.Kind paragraphKind, List<TextUnit> found) {
        blocks.add(block);
        block.accept(new Flattener(paragraphKind, found));
    }

    /** Adds the text of one block (and its nested blocks) to the guide's units and to {@code found}. */
    private final class Flattener implements BlockVisitor<Void> {
        private final TextUnit.Kind paragraphKind;
        private final List<TextUnit> found;

        Flattener(TextUnit.Kind paragraphKind, List<TextUnit> found) {
            this.paragraphKind = paragraphKind;
            this.found = found;
        }

        @Override
        public Void visitParagraph(Paragraph p) {
            add(found, TextUnit.of(paragraphKind, p.line(), p.content()));
            return null;
        }

        @Override
        public Void visitList(ListBlock list) {
            for (ListItem item : list.items()) {
                for (Block inner : item.blocks()) {
                    block(inner, TextUnit.Kind.LIST_ITEM, found);
                }
            }
            return null;
        }

        @Override
        public Void visitCallout(Callout c) {
            c.title().ifPresent(t -> add(found, new TextUnit(TextUnit.Kind.CALLOUT_TITLE, c.line(), List.of(), t)));
            for (Block inner : c.blocks()) {
                block(inner, TextUnit.Kind.PARAGRAPH, found);
            }
            return null;
        }

        @Override
        public Void visitFigure(Figure f) {
            add(found, new TextUnit(TextUnit.Kind.ALT_TEXT, f.line(), List.of(), f.alt()));
            return null;
        }

        @Override
        public Void visitTable(Table t) {
            // A GFM table has one row per line: header, the |---| line, then the rows.
            cells(t.header(), t.line(), found);
            for (int i = 0; i < t.rows().size(); i++) {
                cells(t.rows().get(i), t.line() + 2 + i, found);
            }
            return null;
        }
    }

    private void cells(TableRow row, int line, List<TextUnit> found) {
        for (List<Inline> cell : row.cells()) {
            add(found, TextUnit.of(TextUnit.Kind.TABLE_CELL, line, cell));
        }
    }

    private void add(List<TextUnit> found, TextUnit unit) {
        found.add(unit);
        units.add(unit);
    }
}
