package org.guidekit.render.readalong;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import org.guidekit.render.xml.XhtmlInlines;
import org.guidekit.render.xml.XmlOut;
import org.guidekit.model.Block;
import org.guidekit.model.Callout;
import org.guidekit.model.ContentWalker;
import org.guidekit.model.Figure;
import org.guidekit.model.Guide;
import org.guidekit.model.Inline;
import org.guidekit.model.Inlines;
import org.guidekit.model.ListBlock;
import org.guidekit.model.ListItem;
import org.guidekit.model.Metadata;
import org.guidekit.model.Paragraph;
import org.guidekit.model.Section;
import org.guidekit.model.Strong;
import org.guidekit.model.Table;
import org.guidekit.model.TableRow;
import org.guidekit.model.Text;

/**
 * Writes the guide as semantic XHTML (headings, lists, tables with header cells, callouts as {@code <aside>} with
 * their label, figures with a caption) for the page and the EPUB. Every element the voice reads carries the model
 * id its utterance came from; when there is audio, its printed sentences are wrapped in
 * {@code <span id="<id>_<n>">} and every timed piece is reported as a {@link Fragment}, in reading order.
 *
 * <pre>{@code GuideMarkup m = new GuideMarkup(x, guide, timings, f -> "images/" + f.id() + ".png", true);
 * m.opening(); m.blocks(guide.intro()); guide.sections().forEach(m::section); m.end();}</pre>
 */
public final class GuideMarkup {
    /** The closing line the voice says; printed so it can be highlighted. */
    public static final String END_ID = org.guidekit.render.speech.SpeechScriptBuilder.END_ID;

    private final XmlOut x;
    private final Guide guide;
    private final SpokenTimings timings;
    private final Function<Figure, String> imageHref;
    private final boolean timingAttributes;
    private final Labels labels;
    private final List<Fragment> fragments = new ArrayList<>();
    private final BlockWriter blockWriter = new BlockWriter();

    /**
     * @param imageHref        where a figure's picture is, relative to the document
     * @param timingAttributes write {@code data-begin}/{@code data-end} (seconds) on timed elements, for the page's
     *                         script; the EPUB times them in SMIL instead
     */
    public GuideMarkup(XmlOut x, Guide guide, SpokenTimings timings, Function<Figure, String> imageHref,
                       boolean timingAttributes) {
        this.x = x;
        this.guide = guide;
        this.timings = timings;
        this.imageHref = imageHref;
        this.timingAttributes = timingAttributes;
        this.labels = Labels.forLanguage(guide.metadata().language());
    }

    public Labels labels() {
        return labels;
    }

    /** The timed pieces written so far, in reading order. */
    public List<Fragment> fragments() {
        return List.copyOf(fragments);
    }

    /** The title as {@code <h1>}, then the subtitle and the clinic as they are spoken. */
    public void opening() throws IOException {
        Metadata m = guide.metadata();
        element("h1", "title", List.of(new Text(m.title())));
        if (m.subtitle().isPresent()) {
            element("p", "subtitle", List.of(new Text(m.subtitle().get())), "class", "subtitle");
        }
        if (m.organization().isPresent()) {
            String from = timings.sentences("organization").isPresent() ? "From " + m.organization().get()
                    : m.organization().get();
            element("p", "organization", List.of(new Text(from)), "class", "organization");
        }
    }

    /** "Reviewed October 2026", when the guide has a review date. */
    public Optional<String> reviewed() {
        return guide.metadata().reviewed().map(d -> labels.reviewed(d, guide.metadata().reviewedBy()));
    }

    /** The closing line, when the voice says it. */
    public void end() throws IOException {
        if (timings.sentences(END_ID).isPresent()) {
            element("p", END_ID, List.of(new Text(org.guidekit.render.speech.SpeechScriptBuilder.endLine(
                    guide.metadata().language()))), "class", "end");
        }
    }

    public void blocks(List<Block> blocks) throws IOException {
        blockWriter.walkBlocks(blocks);
    }

    /** A section: its heading ({@code <h2>} for {@code ##}), blocks and subsections, in {@code <section>}. */
    public void section(Section s) throws IOException {
        x.open("section");
        element("h" + s.level(), s.id(), s.heading());
        blocks(s.blocks());
        for (Section sub : s.subsections()) {
            section(sub);
        }
        x.close();
    }

    /** An element holding inline content, with sentence spans when the voice said it. */
    public void element(String name, String id, List<Inline> content, String... attributes) throws IOException {
        x.openInline(name, with(attributes, "id", id));
        content(id, content);
        x.close();
    }

    /** The inline content of the utterance {@code id}: sentence spans when timed, else as printed. */
    private void content(String id, List<Inline> content) throws IOException {
        String plain = Inlines.plainText(content);
        List<SentenceAligner.Segment> segments = timings.sentences(id)
                .map(s -> SentenceAligner.align(plain, s)).orElse(List.of());
        int at = 0;
        int n = 0;
        for (SentenceAligner.Segment s : segments) {
            XhtmlInlines.write(x, content, at, s.start());
            String spanId = id + "_" + ++n;
            x.openInline("span", timed(spanId, s.beginMs(), s.endMs(), "class", "s"));
            XhtmlInlines.write(x, content, s.start(), s.end());
            x.closeInline();
            at = s.end();
        }
        XhtmlInlines.write(x, content, at, Integer.MAX_VALUE);
    }

    /** The attributes of an element timed as a whole: its id, and its times on the page. */
    private String[] wholeElement(String id, String... attributes) {
        Optional<List<SpokenSentence>> said = timings.sentences(id);
        if (said.isEmpty()) {
            return with(attributes, "id", id);
        }
        List<SpokenSentence> s = said.get();
        return timed(id, s.get(0).beginMs(), s.get(s.size() - 1).endMs(), attributes);
    }

    private String[] timed(String id, long beginMs, long endMs, String... attributes) {
        fragments.add(new Fragment(id, beginMs, endMs));
        String[] withId = with(attributes, "id", id);
        return timingAttributes ? with(new String[] {"data-begin", seconds(beginMs), "data-end", seconds(endMs)},
                withId) : withId;
    }

    static String seconds(long ms) {
        return String.format(Locale.ROOT, "%d.%03d", ms / 1000, ms % 1000);
    }

    private static String[] with(String[] attributes, String... more) {
        String[] all = java.util.Arrays.copyOf(more, more.length + attributes.length);
        System.arraycopy(attributes, 0, all, more.length, attributes.length);
        return all;
    }

    /** One element per block kind. */
    private final class BlockWriter extends ContentWalker<IOException> {
        @Override
        protected void visitParagraph(Paragraph p) throws IOException {
            element("p", p.id(), p.content());
        }

        @Override
        protected void visitList(ListBlock list) throws IOException {
            boolean numbered = list.ordered() && list.start() != 1;
            x.open(list.ordered() ? "ol" : "ul", numbered ? new String[] {"id", list.id(), "start",
                    String.valueOf(list.start())} : new String[] {"id", list.id()});
            super.visitList(list);
            x.close();
        }

        /** One paragraph is the item's own line; several are timed together, as the voice says them in one go. */
        @Override
        protected void visitItem(ListItem item) throws IOException {
            List<Paragraph> paragraphs = item.blocks().stream().filter(Paragraph.class::isInstance)
                    .map(Paragraph.class::cast).toList();
            if (paragraphs.size() == 1 && item.blocks().get(0) instanceof Paragraph p) {
                x.openInline("li", "id", item.id());
                content(item.id(), p.content());
                walkBlocks(item.blocks().subList(1, item.blocks().size()));
            } else {
                x.open("li", wholeElement(item.id()));
                for (Block b : item.blocks()) {
                    if (b instanceof Paragraph p) {
                        x.openInline("p", "id", p.id());
                        XhtmlInlines.write(x, p.content());
                        x.close();
                    } else {
                        walk(b);
                    }
                }
            }
            x.close();
        }

        @Override
        protected void visitCallout(Callout c) throws IOException {
            // A note, not a landmark: a page of warnings must not become a page of complementary regions.
            x.open("aside", "class", "callout " + c.kind().name().toLowerCase(Locale.ROOT), "role", "note",
                    "aria-labelledby", c.id());
            List<Inline> label = new ArrayList<>();
            label.add(new Strong(List.of(new Text(labels.callout(c.kind()) + ":"))));
            c.title().ifPresent(t -> label.add(new Text(" " + t)));
            element("p", c.id(), label, "class", "callout-label");
            super.visitCallout(c);
            x.close();
        }

        @Override
        protected void visitFigure(Figure f) throws IOException {
            x.open("figure", "id", f.id());
            // The caption is the description, read and shown once; the picture itself adds no words.
            x.empty("img", "src", imageHref.apply(f), "alt", "");
            x.openInline("figcaption");
            content(f.id(), List.of(new Text(labels.picture() + ": " + f.alt())));
            x.close();
            x.close();
        }

        @Override
        protected void visitTable(Table t) throws IOException {
            // Explicit roles keep the table a table for screen readers when narrow screens show it as labelled rows.
            x.open("table", wholeElement(t.id(), "class", TableWidth.of(t).cssClass(), "role", "table"));
            x.open("thead");
            row(t.header(), List.of(), new String[] {"id", t.header().id()});
            x.close();
            x.open("tbody");
            List<String> labels = t.header().cells().stream().map(c -> Inlines.plainText(c).strip()).toList();
            for (TableRow r : t.rows()) {
                row(r, labels, wholeElement(r.id()));
            }
            x.close();
            x.close();
        }

        /** A header row when {@code labels} is empty, else a body row whose cells carry their column's header. */
        private void row(TableRow row, List<String> labels, String[] attributes) throws IOException {
            x.open("tr", with(attributes, "role", "row"));
            for (int i = 0; i < row.cells().size(); i++) {
                if (labels.isEmpty()) {
                    x.openInline("th", "scope", "col", "role", "columnheader");
                } else {
                    x.openInline("td", "role", "cell", "data-label", labels.get(i));
                }
                XhtmlInlines.write(x, row.cells().get(i));
                x.close();
            }
            x.close();
        }
    }
}
