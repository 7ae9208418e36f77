package org.guidekit.render.pdf;

import java.util.List;
import java.util.Locale;

import org.guidekit.error.Problem;
import org.guidekit.error.RenderException;
import org.guidekit.model.Callout;
import org.guidekit.model.ContentWalker;
import org.guidekit.model.Figure;
import org.guidekit.model.Guide;
import org.guidekit.model.Inline;
import org.guidekit.model.Inlines;
import org.guidekit.model.Link;
import org.guidekit.model.Metadata;
import org.guidekit.model.Paragraph;
import org.guidekit.model.Section;
import org.guidekit.model.Table;
import org.guidekit.model.TableRow;

/**
 * Checks before drawing that the fonts can show every character of the guide, so that a missing glyph is an
 * error naming the character, its code point and its line, never a blank or a box on the patient's page.
 */
final class GlyphCheck extends ContentWalker<RuntimeException> {
    private static final String OWN_LABELS = "the handout's own labels";

    private final TextMeasure measure;
    private final String source;
    private final boolean captions;

    private GlyphCheck(TextMeasure measure, String source, boolean captions) {
        this.measure = measure;
        this.source = source;
        this.captions = captions;
    }

    /** Throws a {@link RenderException} for the first character the fonts lack. */
    static void check(Guide guide, TextMeasure measure) {
        GlyphCheck c = new GlyphCheck(measure, guide.source(), guide.metadata().pictureCaptions());
        c.text(HandoutLabels.forLanguage(guide.metadata().language()).allText(), 0, OWN_LABELS);
        Metadata m = guide.metadata();
        c.text(m.title(), 0, "the title");
        m.subtitle().ifPresent(s -> c.text(s, 0, "the subtitle"));
        m.organization().ifPresent(o -> c.text(o, 0, "the organization"));
        c.walk(guide);
    }

    @Override
    protected void visitHeading(Section s) {
        inlines(s.heading(), s.line());
    }

    @Override
    protected void visitParagraph(Paragraph p) {
        inlines(p.content(), p.line());
    }

    @Override
    protected void visitCallout(Callout c) {
        c.title().ifPresent(t -> text(t, c.line(), null));
        super.visitCallout(c);
    }

    @Override
    protected void visitFigure(Figure f) {
        if (captions) {
            text(f.alt(), f.line(), "the picture's caption");
        }
    }

    @Override
    protected void visitTable(Table t) {
        row(t.header(), t.line());
        t.rows().forEach(r -> row(r, t.line()));
    }

    private void row(TableRow row, int line) {
        row.cells().forEach(cell -> inlines(cell, line));
    }

    private void inlines(List<Inline> inlines, int line) {
        text(Inlines.plainText(inlines), line, null);
        for (Inline in : inlines) {
            if (in instanceof Link link) {
                text(link.destination(), line, null);
            }
        }
    }

    private void text(String text, int line, String where) {
        text.codePoints().filter(cp -> !Character.isWhitespace(cp) && !measure.canShow(cp)).findFirst()
                .ifPresent(cp -> {
                    throw new RenderException(new Problem(source, line, message(cp, where)), null);
                });
    }

    private static String message(int cp, String where) {
        String in = where == null ? "" : " in " + where;
        String todo = OWN_LABELS.equals(where) ? "; choose a font that has it with --font"
                : isEmoji(cp) ? "; ordinary fonts have no emoji: remove it or write it in words"
                : "; remove the character or choose a font that has it with --font";
        return "the font has no glyph for \"" + new String(Character.toChars(cp)) + "\" (U+"
                + String.format(Locale.ROOT, "%04X", cp) + ")" + in + todo;
    }

    /** Pictographs and dingbats: no text font a clinic would print with has them. */
    private static boolean isEmoji(int cp) {
        return (cp >= 0x1F000 && cp <= 0x1FAFF) || (cp >= 0x2600 && cp <= 0x27BF) || cp == 0xFE0F;
    }
}
