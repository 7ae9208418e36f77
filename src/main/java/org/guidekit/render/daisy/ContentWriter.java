package org.guidekit.render.daisy;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.guidekit.model.Callout;
import org.guidekit.model.ContentWalker;
import org.guidekit.model.Emphasis;
import org.guidekit.model.Figure;
import org.guidekit.model.Guide;
import org.guidekit.model.Inline;
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
import org.guidekit.render.xml.XhtmlInlines;
import org.guidekit.render.xml.XmlOut;

/**
 * Writes {@code content.html}, the full text of the book, from the model. Every element the voice reads carries
 * the model id its utterance came from, which is what the SMIL {@code <text src>} points to.
 */
final class ContentWriter extends ContentWalker<IOException> {
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
        if (m.subtitle().isPresent()) {
            x.text("p", m.subtitle().get(), "id", SUBTITLE_ID);
        }
        if (m.organization().isPresent()) {
            x.text("p", "From " + m.organization().get(), "id", ORGANIZATION_ID);
        }
        new ContentWriter(x, endLine).walk(guide);
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

    @Override
    protected void visitHeading(Section s) throws IOException {
        x.openInline("h" + DaisyPlanner.nccLevel(s.level()), "id", s.id()); // as the NCC
        super.visitHeading(s);
        x.close();
    }

    @Override
    protected void visitParagraph(Paragraph p) throws IOException {
        x.openInline("p", "id", p.id());
        // One span per sentence, with the ids the speech plan gave its sentences: the SMIL pars point here.
        List<List<Inline>> sentences = PrintedSentences.split(p.content());
        for (int i = 0; i < sentences.size(); i++) {
            if (sentences.size() == 1) {
                walkInlines(sentences.get(i));
            } else {
                x.openInline("span", "id", PrintedSentences.sentenceId(p.id(), i + 1));
                walkInlines(sentences.get(i));
                x.closeInline();
            }
        }
        x.close();
    }

    @Override
    protected void visitList(ListBlock list) throws IOException {
        x.open(list.ordered() ? "ol" : "ul", list.ordered() ? new String[] {"id", list.id(), "start",
                String.valueOf(list.start())} : new String[] {"id", list.id()});
        super.visitList(list);
        x.close();
    }

    @Override
    protected void visitItem(ListItem item) throws IOException {
        x.open("li", "id", item.id());
        super.visitItem(item);
        x.close();
    }

    @Override
    protected void visitCallout(Callout c) throws IOException {
        x.open("div", "class", "callout " + c.kind().name().toLowerCase(java.util.Locale.ROOT));
        x.openInline("p", "id", c.id());
        x.openInline("strong").characters(c.kind().label() + ":").closeInline();
        if (c.title().isPresent()) {
            x.characters(" " + c.title().get());
        }
        x.close();
        super.visitCallout(c);
        x.close();
    }

    @Override
    protected void visitFigure(Figure f) throws IOException {
        x.open("div", "class", "figure", "id", f.id());
        // The description is the visible caption below, so the image itself is marked decorative.
        x.empty("img", "src", imageName(f), "alt", "");
        x.text("p", "Picture: " + f.alt());
        x.close();
    }

    @Override
    protected void visitTable(Table t) throws IOException {
        x.open("table", "id", t.id());
        row(t.header(), "th");
        for (TableRow r : t.rows()) {
            row(r, "td");
        }
        x.close();
    }

    private void row(TableRow row, String cell) throws IOException {
        x.open("tr", "id", row.id());
        for (int i = 0; i < row.cells().size(); i++) {
            if (cell.equals("th")) {
                x.openInline("th", "scope", "col");
            } else {
                x.openInline("td", "id", PrintedSentences.cellId(row.id(), i)); // a row is read cell by cell
            }
            walkInlines(row.cells().get(i));
            x.close();
        }
        x.close();
    }

    @Override
    protected void visitText(Text t) throws IOException {
        x.characters(t.text());
    }

    @Override
    protected void visitStrong(Strong s) throws IOException {
        XhtmlInlines.write(x, List.of(s)); // the same elements as the read-along page writes
    }

    @Override
    protected void visitEmphasis(Emphasis e) throws IOException {
        XhtmlInlines.write(x, List.of(e));
    }

    @Override
    protected void visitLink(Link l) throws IOException {
        XhtmlInlines.write(x, List.of(l));
    }

    @Override
    protected void visitLineBreak(LineBreak b) throws IOException {
        x.empty("br");
    }
}
