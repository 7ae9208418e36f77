package org.guidekit.read;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.guidekit.model.Block;
import org.guidekit.model.Inline;
import org.guidekit.model.ListBlock;

/**
 * Converts commonmark block nodes (other than section headings) into model {@link Block}s. Problems are
 * recorded and the offending block is left out, so one pass reports everything wrong with a file.
 */
final class BlockConverter {
    private final Problems problems;
    private final Lines lines;
    private final InlineConverter inlines;
    private final FigureReader figures;
    private final CalloutReader callouts;
    private final TableReader tables;

    /** @param guideDir the guide's folder, the only place its pictures may come from */
    BlockConverter(Problems problems, Lines lines, Path guideDir) {
        this.problems = problems;
        this.lines = lines;
        this.inlines = new InlineConverter(problems, lines);
        this.figures = new FigureReader(problems, inlines, guideDir);
        this.callouts = new CalloutReader(this, inlines, problems, lines);
        this.tables = new TableReader(inlines, lines, problems);
    }

    InlineConverter inlines() {
        return inlines;
    }

    /** A top-level block or one inside a callout; null when it was reported as a problem or holds nothing. */
    Block block(Node node, Ids.Scope scope) {
        if (node instanceof Paragraph p) {
            return paragraphOrFigure(p, scope);
        } else if (node instanceof BulletList || node instanceof OrderedList) {
            return list(node, scope, 0);
        } else if (node instanceof BlockQuote quote) {
            return callouts.callout(quote, scope);
        } else if (node instanceof TableBlock table) {
            return tables.table(table, scope.next('t'));
        }
        reportUnsupported(node);
        return null;
    }

    private Block paragraphOrFigure(Paragraph p, Ids.Scope scope) {
        PastedList.check(p, lines, problems);
        Image image = soleImage(p);
        if (image != null) {
            return figures.figure(image, scope.next('f'), lines.of(p));
        }
        return paragraph(inlines.children(p), p, scope);
    }

    org.guidekit.model.Paragraph paragraph(List<Inline> content, Node at, Ids.Scope scope) {
        if (content.isEmpty()) {
            return null;
        }
        return new org.guidekit.model.Paragraph(scope.next('p'), content, lines.of(at));
    }

    private static Image soleImage(Paragraph p) {
        Image image = null;
        for (Node n = p.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Image i && image == null) {
                image = i;
            } else if (!(n instanceof Text t && t.getLiteral().isBlank())) {
                return null;
            }
        }
        return image;
    }

    /** A list; {@code level} 0 is a top-level list, 1 a nested one (the deepest allowed). */
    ListBlock list(Node node, Ids.Scope scope, int level) {
        String id = scope.next('l');
        List<org.guidekit.model.ListItem> items = new ArrayList<>();
        int n = 0;
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            org.guidekit.model.ListItem item = item((ListItem) child, id + "-i" + ++n, level);
            if (item != null) {
                items.add(item);
            }
        }
        if (items.isEmpty()) {
            return null;
        }
        if (node instanceof OrderedList ordered) {
            Integer start = ordered.getMarkerStartNumber();
            return new ListBlock(id, true, start == null ? 1 : start, items, lines.of(node));
        }
        return new ListBlock(id, false, 1, items, lines.of(node));
    }

    private org.guidekit.model.ListItem item(ListItem item, String id, int level) {
        Ids.Scope scope = new Ids.Scope(id);
        List<Block> blocks = new ArrayList<>();
        for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Paragraph p && soleImage(p) == null) {
                PastedList.check(p, lines, problems);
                add(blocks, paragraph(inlines.children(p), p, scope));
            } else if ((child instanceof BulletList || child instanceof OrderedList) && level == 0) {
                add(blocks, list(child, scope, 1));
            } else if (child instanceof BulletList || child instanceof OrderedList) {
                problems.add(lines.of(child), "lists can be nested only one level deep; move this list out one "
                        + "level or split the item into separate sentences");
            } else if (child instanceof Paragraph) {
                problems.add(lines.of(child), "an image cannot be inside a list item; put it on its own line after "
                        + "the list");
            } else {
                problems.add(lines.of(child), "a list item can hold text and one nested list only; move this "
                        + describe(child) + " after the list");
            }
        }
        if (blocks.isEmpty() || !(blocks.get(0) instanceof org.guidekit.model.Paragraph)) {
            if (item.getFirstChild() == null) {
                problems.add(lines.of(item), "this list item is empty; put the text on the same line as the "
                        + "\"-\" or number");
            }
            return null;
        }
        return new org.guidekit.model.ListItem(id, blocks, lines.of(item));
    }

    /** Adds {@code block} unless it is null (reported as a problem, or holding nothing). */
    static void add(List<Block> blocks, Block block) {
        if (block != null) {
            blocks.add(block);
        }
    }

    void reportUnsupported(Node node) {
        int line = lines.of(node);
        if (node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock) {
            problems.add(line, "code blocks are not supported in a patient guide; if this text is indented by four "
                    + "spaces or a tab, remove the indent (or the ``` fence)");
        } else if (node instanceof HtmlBlock html) {
            problems.add(line, "raw HTML " + InlineConverter.shorten(html.getLiteral()) + " is not allowed; write "
                    + "plain Markdown text instead");
        } else if (node instanceof ThematicBreak) {
            problems.add(line, "horizontal lines (---, ***) are not supported; start a new section with a ## heading "
                    + "instead");
        } else if (node instanceof Heading) {
            problems.add(line, "a heading cannot be inside a list or callout; end the list or callout first");
        } else if (!(node instanceof LinkReferenceDefinition)) {
            problems.add(line, "a " + describe(node) + " is not supported here; remove it");
        }
    }

    static String describe(Node node) {
        if (node instanceof TableBlock) {
            return "table";
        } else if (node instanceof BlockQuote) {
            return "quote or callout";
        } else if (node instanceof Heading) {
            return "heading";
        } else if (node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock) {
            return "code block";
        }
        return node.getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
    }
}
