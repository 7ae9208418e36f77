package org.guidekit.render.daisy;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.guidekit.render.xml.XmlOut;
import org.guidekit.model.Block;
import org.guidekit.model.BlockVisitor;
import org.guidekit.model.Callout;
import org.guidekit.model.Emphasis;
import org.guidekit.model.Figure;
import org.guidekit.model.Guide;
import org.guidekit.model.Inline;
import org.guidekit.model.InlineVisitor;
import org.guidekit.model.LineBreak;
import org.guidekit.model.Link;
import org.guidekit.model.ListBlock;
import org.guidekit.model.ListItem;
import org.guidekit.model.Metadata;
import org.guidekit.model.Paragraph;
import org.guidekit.model.Section;
import org.guidekit.model.Strong;
import org.guidekit.model.Table;
import org.guidekit.model.TableRow;
import org.guidekit.model.Text;
import org.guidekit.render.speech.PrintedSentences;

/**
 * Writes {@code content.html}, the full text of the book, from the model. Every element the voice reads carries
 * the model id its utterance came from, which is what the SMIL {@code <text src>} points to.
 */
final class ContentWriter implements BlockVisitor<Void> {
    /** Ids of the parts of the opening that are not model blocks; the speech script uses the same ones. */
    static final String TITLE_ID = "title";
    static final String SUBTITLE_ID = "subtitle";
    static final String ORGANIZATION_ID = "organization";
    static final String END_ID = org.guidekit.render.speech.SpeechScriptBuilder.END_ID;

    private final XmlOut x;
    private final String endLine;

    private ContentWriter(XmlOut x, String endLine) {
        this.x = x;
        this.endLine = endLine;
    }

    static void write(Guide guide, String endLine, OutputStream out) throws IOException {
        Metadata m = guide.metadata();
        XmlOut x = new XmlOut(out);
        x.prolog(NccWriter.DOCTYPE);
        x.open("html", "xmlns", "http://www.w3.org/1999/xhtml", "lang", m.language(), "xml:lang", m.language());
        x.open("head");
        x.empty("meta", "http-equiv", "Content-type", "content", "text/html; charset=utf-8");
        x.text("title", m.title());
        x.close();
        x.open("body");
        x.text("h1", m.title(), "id", TITLE_ID);
        m.subtitle().ifPresent(s -> uncheck(() -> x.text("p", s, "id", SUBTITLE_ID)));
        m.organization().ifPresent(o -> uncheck(() -> x.text("p", "From " + o, "id", ORGANIZATION_ID)));
        ContentWriter w = new ContentWriter(x, endLine);
        try {
            w.blocks(guide.intro());
            for (Section s : guide.sections()) {
                w.section(s);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        x.text("p", endLine, "id", END_ID);
        x.close();
        x.close();
        x.finish();
    }

    /** The name an image gets inside the book's flat folder. */
    static String imageName(Figure f) {
        String src = f.src().toLowerCase(java.util.Locale.ROOT);
        return f.id() + (src.endsWith(".png") ? ".png" : ".jpg");
    }

    private void section(Section s) {
        uncheck(() -> {
            x.openInline("h" + s.level(), "id", s.id());
            inlines(s.heading());
            x.close();
        });
        blocks(s.blocks());
        s.subsections().forEach(this::section);
    }

    private void blocks(List<Block> blocks) {
        blocks.forEach(b -> b.accept(this));
    }

    @Override
    public Void visitParagraph(Paragraph p) {
        uncheck(() -> {
            x.openInline("p", "id", p.id());
            // One span per sentence, with the ids the speech plan gave its sentences: the SMIL pars point here.
            List<List<Inline>> sentences = PrintedSentences.split(p.content());
            for (int i = 0; i < sentences.size(); i++) {
                if (sentences.size() == 1) {
                    inlines(sentences.get(i));
                } else {
                    x.openInline("span", "id", PrintedSentences.sentenceId(p.id(), i + 1));
                    inlines(sentences.get(i));
                    x.closeInline();
                }
            }
            x.close();
        });
        return null;
    }

    @Override
    public Void visitList(ListBlock list) {
        uncheck(() -> {
            x.open(list.ordered() ? "ol" : "ul", list.ordered() ? new String[] {"id", list.id(), "start",
                    String.valueOf(list.start())} : new String[] {"id", list.id()});
            for (ListItem item : list.items()) {
                x.open("li", "id", item.id());
                blocks(item.blocks());
                x.close();
            }
            x.close();
        });
        return null;
    }

    @Override
    public Void visitCallout(Callout c) {
        uncheck(() -> {
            x.open("div", "class", "callout " + c.kind().name().toLowerCase(java.util.Locale.ROOT));
            x.openInline("p", "id", c.id());
            x.openInline("strong").characters(c.kind().label() + ":").closeInline();
            c.title().ifPresent(t -> uncheck(() -> x.characters(" " + t)));
            x.close();
            blocks(c.blocks());
            x.close();
        });
        return null;
    }

    @Override
    public Void visitFigure(Figure f) {
        uncheck(() -> {
            x.open("div", "class", "figure", "id", f.id());
            // The description is the visible caption below, so the image itself is marked decorative.
            x.empty("img", "src", imageName(f), "alt", "");
            x.text("p", "Picture: " + f.alt());
            x.close();
        });
        return null;
    }

    @Override
    public Void visitTable(Table t) {
        uncheck(() -> {
            x.open("table", "id", t.id());
            row(t.header(), "th");
            for (TableRow r : t.rows()) {
                row(r, "td");
            }
            x.close();
        });
        return null;
    }

    private void row(TableRow row, String cell) throws IOException {
        x.open("tr", "id", row.id());
        for (int i = 0; i < row.cells().size(); i++) {
            if (cell.equals("th")) {
                x.openInline("th", "scope", "col");
            } else {
                x.openInline("td", "id", PrintedSentences.cellId(row.id(), i)); // a row is read cell by cell
            }
            inlines(row.cells().get(i));
            x.close();
        }
        x.close();
    }

    private void inlines(List<Inline> inlines) {
        for (Inline in : inlines) {
            in.accept(new InlineVisitor<Void>() {
                @Override
                public Void visitText(Text t) {
                    uncheck(() -> x.characters(t.text()));
                    return null;
                }

                @Override
                public Void visitStrong(Strong s) {
                    wrap("strong", s.content());
                    return null;
                }

                @Override
                public Void visitEmphasis(Emphasis e) {
                    wrap("em", e.content());
                    return null;
                }

                @Override
                public Void visitLink(Link l) {
                    uncheck(() -> x.openInline("a", "href", l.destination()));
                    inlines(l.content());
                    uncheck(x::closeInline);
                    return null;
                }

                @Override
                public Void visitLineBreak(LineBreak b) {
                    uncheck(() -> x.empty("br"));
                    return null;
                }
            });
        }
    }

    private void wrap(String element, List<Inline> content) {
        uncheck(() -> x.openInline(element));
        inlines(content);
        uncheck(x::closeInline);
    }

    private interface IoStep {
        void run() throws IOException;
    }

    private static void uncheck(IoStep step) {
        try {
            step.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
