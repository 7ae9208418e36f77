package org.guidekit.model;

import java.util.List;
import java.util.Map;

/**
 * A stable, human-readable text dump of a {@link Guide} for golden tests (pandoc's "native" writer).
 * One node per line, indented by depth; ids and source lines are shown so that id stability is pinned too.
 */
public final class ModelPrinter {
    private final StringBuilder out = new StringBuilder();

    private ModelPrinter() {
    }

    /** Dumps a guide. */
    public static String print(Guide guide) {
        ModelPrinter p = new ModelPrinter();
        p.guide(guide);
        return p.out.toString();
    }

    private void guide(Guide g) {
        line(0, "Guide " + g.name() + " (" + g.source() + ")");
        Metadata m = g.metadata();
        line(1, "title " + quote(m.title()));
        m.subtitle().ifPresent(s -> line(1, "subtitle " + quote(s)));
        line(1, "language " + m.language());
        m.organization().ifPresent(o -> line(1, "organization " + quote(o)));
        m.reviewed().ifPresent(d -> line(1, "reviewed " + d));
        for (Map.Entry<String, String> e : m.pronunciations().entrySet()) {
            line(1, "pronunciation " + quote(e.getKey()) + " " + quote(e.getValue()));
        }
        m.targetGrade().ifPresent(t -> line(1, "target-grade " + t));
        if (m.pictureCaptions()) {
            line(1, "picture-captions yes");
        }
        for (String host : m.allowedLinks()) {
            line(1, "allowed-link " + host);
        }
        blocks(1, g.intro());
        for (Section s : g.sections()) {
            section(1, s);
        }
    }

    private void section(int depth, Section s) {
        line(depth, "Section #" + s.id() + " h" + s.level() + " @" + s.line() + " " + inlines(s.heading()));
        blocks(depth + 1, s.blocks());
        for (Section sub : s.subsections()) {
            section(depth + 1, sub);
        }
    }

    private void blocks(int depth, List<Block> blocks) {
        for (Block b : blocks) {
            block(depth, b);
        }
    }

    private void block(int depth, Block block) {
        String at = " #" + block.id() + " @" + block.line();
        block.accept(new BlockVisitor<Void>() {
            @Override
            public Void visitParagraph(Paragraph p) {
                line(depth, "Paragraph" + at + " " + inlines(p.content()));
                return null;
            }

            @Override
            public Void visitList(ListBlock l) {
                line(depth, (l.ordered() ? "OrderedList start=" + l.start() : "BulletList") + at);
                for (ListItem item : l.items()) {
                    line(depth + 1, "Item #" + item.id() + " @" + item.line());
                    blocks(depth + 2, item.blocks());
                }
                return null;
            }

            @Override
            public Void visitCallout(Callout c) {
                line(depth, "Callout " + c.kind() + at + c.title().map(t -> " " + quote(t)).orElse(""));
                blocks(depth + 1, c.blocks());
                return null;
            }

            @Override
            public Void visitFigure(Figure f) {
                line(depth, "Figure" + at + " src=" + quote(f.src()) + " alt=" + quote(f.alt()));
                return null;
            }

            @Override
            public Void visitTable(Table t) {
                line(depth, "Table" + at + " columns=" + t.columns());
                row(depth + 1, "Header", t.header());
                for (TableRow r : t.rows()) {
                    row(depth + 1, "Row", r);
                }
                return null;
            }
        });
    }

    private void row(int depth, String kind, TableRow row) {
        line(depth, kind + " #" + row.id());
        for (List<Inline> cell : row.cells()) {
            line(depth + 1, "Cell " + inlines(cell));
        }
    }

    /** Inlines in a compact pandoc-like notation: {@code [Strong [Text "a"], Text " b"]}. */
    static String inlines(List<Inline> inlines) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < inlines.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(inlines.get(i).accept(new InlineVisitor<String>() {
                @Override
                public String visitText(Text text) {
                    return "Text " + quote(text.text());
                }

                @Override
                public String visitStrong(Strong strong) {
                    return "Strong " + inlines(strong.content());
                }

                @Override
                public String visitEmphasis(Emphasis emphasis) {
                    return "Emph " + inlines(emphasis.content());
                }

                @Override
                public String visitLink(Link link) {
                    return "Link " + quote(link.destination()) + " " + inlines(link.content());
                }

                @Override
                public String visitLineBreak(LineBreak lineBreak) {
                    return "LineBreak";
                }
            }));
        }
        return sb.append(']').toString();
    }

    private static String quote(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + '"';
    }

    private void line(int depth, String text) {
        out.append("  ".repeat(depth)).append(text).append('\n');
    }
}
