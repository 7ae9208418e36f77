package org.guidekit.render.braille;

import java.util.ArrayList;
import java.util.List;

import org.guidekit.model.Block;
import org.guidekit.model.Callout;
import org.guidekit.model.ContentWalker;
import org.guidekit.model.Figure;
import org.guidekit.model.Guide;
import org.guidekit.model.ListBlock;
import org.guidekit.model.ListItem;
import org.guidekit.model.Metadata;
import org.guidekit.model.Paragraph;
import org.guidekit.model.Section;
import org.guidekit.model.Table;
import org.guidekit.render.PrintPages;

/**
 * The part that knows what each element of a guide means in braille, after BANA's <cite>Braille Formats</cite>
 * (2016): a title page; main headings centred with a blank line before, subheadings at cell 5; paragraphs 3-1;
 * lists 1-3 (nested 3-5) with a blank line around them; callouts between box lines with their label as a centred
 * heading; pictures as a transcriber's note (7-5); tables in columns when they fit, otherwise listed
 * ({@link TableTranscriber}). It turns the model into {@link Placement}s in reading order, translating text through
 * a {@link BrailleTranslator}; where each line goes on the page is {@link PageLayout}'s work. Where a page of the
 * print handout begins, it places a {@link Placement.PrintPage}: before a heading, callout, figure, table row or
 * paragraph, or inside a paragraph between the words where the print page turns (the paragraph's text then
 * goes on after the indicator at its runover margin).
 */
final class GuideTranscriber extends ContentWalker<RuntimeException> {
    /** UEB transcriber's note indicators: opening dots 4, 46, 126; closing dots 4, 46, 345. */
    static final String TN_OPEN = "\u2808\u2828\u2823";
    static final String TN_CLOSE = "\u2808\u2828\u281C";

    private final BrailleTranslator translator;
    /** The translator of paragraphs: {@link #translator}, or for {@link #check} one that only checks. */
    private final BrailleTranslator paragraphs;
    private final BrailleLabels labels;
    private final int cells;
    private final PrintPageMarks marks;
    private final List<Placement> out = new ArrayList<>();
    /** Source line of the block being translated, for messages. */
    private int line;
    private Boolean bullet;

    private GuideTranscriber(BrailleTranslator translator, BrailleTranslator paragraphs, BrailleLabels labels,
                             int cells, PrintPages print) {
        this.translator = translator;
        this.paragraphs = paragraphs;
        this.labels = labels;
        this.cells = cells;
        this.marks = new PrintPageMarks(print);
    }

    /**
     * The placements of {@code guide}.
     *
     * @throws LineException when a character cannot be translated, with the source line (0 for the front matter)
     */
    static List<Placement> transcribe(Guide guide, BrailleTranslator translator, int cells, PrintPages print) {
        return transcribe(guide, translator, translator, cells, print);
    }

    /**
     * What {@link #transcribe} refuses, found without translating the paragraphs: their text goes, in the same
     * order, to {@code checking} (a {@link LiblouisTranslator#checking()}), which refuses exactly the characters
     * the translator would. Headings, table cells and the rest are translated as by {@link #transcribe}, since
     * what is transcribed next can depend on their braille (a table too wide for columns is listed). Print page
     * numbers are left out: they add only letters, digits and dots 36, which every table has.
     *
     * @throws LineException the same exception, with the same line, as {@link #transcribe}
     */
    static void check(Guide guide, BrailleTranslator translator, BrailleTranslator checking, int cells) {
        transcribe(guide, translator, checking, cells, new PrintPages(1, List.of()));
    }

    private static List<Placement> transcribe(Guide guide, BrailleTranslator translator,
                                              BrailleTranslator paragraphs, int cells, PrintPages print) {
        GuideTranscriber t = new GuideTranscriber(translator, paragraphs,
                BrailleLabels.forLanguage(guide.metadata().language()), cells, print);
        t.titlePage(guide.metadata());
        t.out.add(t.marks.first());
        t.walk(guide);
        return List.copyOf(t.out);
    }

    /** An untranslatable character with the line of its block. */
    static final class LineException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int line;

        LineException(int line, UntranslatableException cause) {
            super(cause.getMessage(), cause);
            this.line = line;
        }

        int line() {
            return line;
        }
    }

    private void titlePage(Metadata m) {
        line = 0;
        text(Format.CENTRED, InlineSpans.ofText(m.title()));
        m.subtitle().ifPresent(s -> text(Format.CENTRED, InlineSpans.ofText(s)));
        m.organization().ifPresent(o -> {
            blank();
            text(Format.CENTRED, InlineSpans.ofText(o));
        });
        m.reviewed().ifPresent(d -> {
            blank();
            text(Format.CENTRED, InlineSpans.ofText(labels.reviewed(d, m.reviewedBy())));
        });
        out.add(new Placement.NewPage());
    }

    @Override
    protected void visitHeading(Section s) {
        line = s.line();
        blank();
        out.addAll(marks.before(s.id()));
        text(s.level() == 2 ? Format.CENTRED_HEADING : Format.CELL_5_HEADING, InlineSpans.of(s.heading()));
        out.addAll(marks.after(s.id()));
    }

    @Override
    public void walk(Block b) {
        line = b.line();
        super.walk(b);
    }

    @Override
    protected void visitParagraph(Paragraph p) {
        paragraph(p, Format.PARAGRAPH, List.of());
    }

    /**
     * A paragraph in {@code format}, after {@code label} (a list item's number or bullet), divided where print pages
     * begin inside it: each part after the first goes on at the runover margin after its indicator line.
     */
    private void paragraph(Paragraph p, Format format, List<Span> label) {
        out.addAll(marks.before(p.id()));
        List<Span> rest = InlineSpans.of(p.content());
        int done = 0;
        Format f = format;
        for (PrintPages.Start s : marks.inside(p.id())) {
            List<List<Span>> halves = InlineSpans.split(rest, s.words() - done);
            if (halves.get(1).isEmpty()) {
                break; // at or past the end: shown after the paragraph
            }
            paragraph(f, withLabel(f == format ? label : List.of(), halves.get(0)));
            marks.take(s).ifPresent(out::add);
            rest = halves.get(1);
            done = s.words();
            f = Format.cells(format.runover() + 1, format.runover() + 1);
        }
        paragraph(f, withLabel(f == format ? label : List.of(), rest));
        out.addAll(marks.after(p.id()));
    }

    private static List<Span> withLabel(List<Span> label, List<Span> spans) {
        if (label.isEmpty()) {
            return spans;
        }
        List<Span> all = new ArrayList<>(label);
        all.addAll(spans);
        return all;
    }

    @Override
    protected void visitList(ListBlock l) {
        list(l, 0);
    }

    @Override
    protected void visitTable(Table t) {
        blank();
        out.addAll(new TableTranscriber(this::translate, cells, marks).transcribe(t));
        blank();
    }

    /**
     * BANA lists: 1-3, a nested list 3-5, more paragraphs of an item 3-3 (5-5); a blank line before and after.
     *
     * @param depth 0 in the body, 1 for a list inside a list item
     */
    private void list(ListBlock l, int depth) {
        if (depth == 0) {
            blank();
        }
        int level = 1 + 2 * depth;
        for (int i = 0; i < l.items().size(); i++) {
            ListItem item = l.items().get(i);
            line = item.line();
            boolean first = true;
            for (Block b : item.blocks()) {
                line = b.line();
                if (b instanceof Paragraph p) {
                    List<Span> label = first && (l.ordered() || bulletTranslates())
                            ? List.of(Span.text(l.label(i) + " ")) : List.of();
                    paragraph(p, first ? Format.cells(level, level + 2) : Format.cells(level + 2, level + 2), label);
                    first = false;
                } else if (b instanceof ListBlock nested) {
                    list(nested, depth + 1);
                }
            }
        }
        if (depth == 0) {
            blank();
        }
    }

    /**
     * Whether the table has the print bullet (UEB does, dots 456 256); the Spanish table does not, and then the
     * 1-3 list format alone marks the items.
     */
    private boolean bulletTranslates() {
        if (bullet == null) {
            try {
                translator.translate(List.of(Span.text("\u2022")));
                bullet = true;
            } catch (UntranslatableException e) {
                bullet = false;
            }
        }
        return bullet;
    }

    /** A callout between box lines, its label (and title) a centred heading inside the box. */
    @Override
    protected void visitCallout(Callout c) {
        out.addAll(marks.before(c.id()));
        out.add(new Placement.BoxLine(true));
        String label = labels.callout(c.kind()) + c.title().map(t -> ": " + t).orElse("");
        text(Format.CENTRED_HEADING, InlineSpans.ofText(label));
        out.addAll(marks.after(c.id()));
        super.visitCallout(c);
        out.add(new Placement.BoxLine(false));
    }

    /** A picture becomes a transcriber's note (7-5) giving its description. */
    @Override
    protected void visitFigure(Figure f) {
        out.addAll(marks.before(f.id()));
        List<Span> spans = new ArrayList<>();
        List<Span> words = InlineSpans.ofText(labels.picture() + ": " + f.alt());
        if (translator.ueb()) {
            spans.add(Span.braille(TN_OPEN));
            spans.addAll(words);
            spans.add(Span.braille(TN_CLOSE));
        } else {
            spans.add(Span.text("["));
            spans.addAll(words);
            spans.add(Span.text("]"));
        }
        text(Format.TRANSCRIBERS_NOTE, spans);
        out.addAll(marks.after(f.id()));
    }

    private void text(Format format, List<Span> spans) {
        if (!spans.isEmpty()) {
            out.add(new Placement.Text(format, translate(spans), InlineSpans.print(spans)));
        }
    }

    /** A paragraph's text: translated through {@link #paragraphs}, which for {@link #check} only checks it. */
    private void paragraph(Format format, List<Span> spans) {
        if (!spans.isEmpty()) {
            out.add(new Placement.Text(format, translate(paragraphs, spans), InlineSpans.print(spans)));
        }
    }

    private String translate(List<Span> spans) {
        return translate(translator, spans);
    }

    private String translate(BrailleTranslator through, List<Span> spans) {
        try {
            return through.translate(spans);
        } catch (UntranslatableException e) {
            throw new LineException(line, e);
        }
    }

    private void blank() {
        out.add(new Placement.Blank());
    }
}
