package org.guidekit.render.braille;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.guidekit.error.Problem;
import org.guidekit.error.RenderException;
import org.guidekit.model.Guide;
import org.guidekit.render.AtomicOutput;
import org.guidekit.render.PrintPages;
import org.guidekit.render.PrintPagination;
import org.guidekit.render.RenderInputs;
import org.guidekit.render.RenderOptions;
import org.guidekit.render.Rendition;
import org.guidekit.render.Renderer;

/**
 * The braille edition: {@code DIR/<name>/<name>.brf} (North American ASCII braille, 40 cells by 25 lines unless chosen
 * otherwise, a form feed between pages) and {@code <name>.pef} (PEF 1.0, the same pages in Unicode braille), for
 * embossers, refreshable braille displays and notetakers. Unified English Braille grade 2 by default, grade 1 on
 * request; French and Spanish guides in their languages' braille (see {@link BrailleTable}).
 *
 * <pre>{@code new BrailleRenderer(new LargePrintPdfRenderer())
 *         .render(guide, RenderOptions.defaults(), Path.of("output", guide.name()));}</pre>
 *
 * The pages carry the print handout's page numbers, as BANA places them (see {@link PageLayout}), so that a braille
 * reader and a sighted helper with the handout can find the same page: the handout's pagination for the same options
 * comes from the {@link PrintPagination} given (the large-print PDF, which this package does not know). A character the
 * braille table cannot translate stops the guide with its file and line, before anything is written. The same guide and
 * options always give the same bytes.
 */
public final class BrailleRenderer implements Renderer {
    private final PrintPagination print;

    /** Braille whose print page numbers are those of {@code print}'s handout. */
    public BrailleRenderer(PrintPagination print) {
        this.print = java.util.Objects.requireNonNull(print, "print");
    }

    @Override
    public String format() {
        return "braille";
    }

    @Override
    public String description() {
        return "braille: BRF and PEF, Unified English Braille grade 2 (--braille-grade 1 uncontracted)";
    }

    @Override
    public Optional<String> unsupported(Guide guide) {
        String language = guide.metadata().language();
        if (BrailleTable.forLanguage(language, RenderOptions.DEFAULT_BRAILLE_GRADE).isEmpty()) {
            return Optional.of("braille is made for English, French and Spanish guides, but the guide's language is "
                    + language);
        }
        return Optional.ofNullable(Liblouis.unavailable());
    }

    /** The source, the braille options (grade, cells and lines) and what decides the print pages. */
    @Override
    public RenderInputs inputs(Guide guide, RenderOptions options) {
        return RenderInputs.of(format(), guide).text("grade", Integer.toString(options.brailleGrade()))
                .text("cells", Integer.toString(options.brailleCells()))
                .text("lines", Integer.toString(options.brailleLines()))
                .text("print pages", print.pagesKey(guide, options));
    }

    /**
     * Refuses what {@link #render} would refuse, so {@code check} names a character braille cannot show: the same
     * table, and the same characters checked in the same order with the same line. The paragraphs' text is checked
     * but not translated (see {@link GuideTranscriber#check}) and the pages are not laid out, since neither can
     * refuse anything else: liblouis on every paragraph was most of the time {@code check} took on a long guide.
     * The layout's page numbers are the letter p and digits, which every table has ({@code BrailleRendererTest}).
     */
    @Override
    public void preflight(Guide guide, RenderOptions options) {
        if (unsupported(guide).isEmpty()) {
            LiblouisTranslator translator = translator(guide, options.brailleGrade());
            try {
                GuideTranscriber.check(guide, translator, translator.checking(), options.brailleCells());
            } catch (GuideTranscriber.LineException e) {
                throw lineProblem(guide, e);
            }
        }
    }

    @Override
    public Rendition render(Guide guide, RenderOptions options, Path guideDir) {
        unsupported(guide).ifPresent(why -> {
            throw new RenderException(guide.source() + ": " + why);
        });
        BraillePages pages = pages(guide, options, printPages(guide, options));
        byte[] brf = BrfWriter.write(pages);
        byte[] pef = PefWriter.write(pages, guide.metadata().title(), guide.metadata().language(),
                identifier(guide, brf), guide.metadata().reviewed());
        Path brfFile = AtomicOutput.write(guideDir.resolve(guide.name() + ".brf"), o -> o.write(brf));
        Path pefFile = AtomicOutput.write(guideDir.resolve(guide.name() + ".pef"), o -> o.write(pef));
        return new Rendition(List.of(brfFile, pefFile), 0, 0);
    }

    /**
     * The handout's pagination. When the handout cannot be laid out (a character its font lacks), a problem of the
     * braille's own is named first, as it would be without print pages; else the handout's, which says what to do.
     */
    private PrintPages printPages(Guide guide, RenderOptions options) {
        try {
            return print.pages(guide, options);
        } catch (RenderException e) {
            pages(guide, options, new PrintPages(1, List.of()));
            throw e;
        }
    }

    /**
     * The laid-out pages of {@code guide}, with the print page numbers of {@code printPages}; untranslatable text
     * is a {@link RenderException} naming its line.
     */
    static BraillePages pages(Guide guide, RenderOptions options, PrintPages printPages) {
        LiblouisTranslator translator = translator(guide, options.brailleGrade());
        List<Placement> placements;
        try {
            placements = GuideTranscriber.transcribe(guide, translator, options.brailleCells(), printPages);
        } catch (GuideTranscriber.LineException e) {
            throw lineProblem(guide, e);
        }
        return PageLayout.lay(placements, options.brailleCells(), options.brailleLines(),
                (preliminary, n) -> translator.translate(List.of(Span.text((preliminary ? "p" : "") + n))),
                (first, last) -> translator.translate(
                        List.of(Span.text(first == last ? first + "" : first + "-" + last))));
    }

    private static RenderException lineProblem(Guide guide, GuideTranscriber.LineException e) {
        return new RenderException(new Problem(guide.source(), e.line(), "braille: " + e.getMessage()), e);
    }

    /** The liblouis translator for the guide's language at {@code grade}. */
    static LiblouisTranslator translator(Guide guide, int grade) {
        BrailleTable table = BrailleTable.forLanguage(guide.metadata().language(), grade).orElseThrow(
                () -> new RenderException(guide.source() + ": no braille table for the language "
                        + guide.metadata().language()));
        try {
            return new LiblouisTranslator(Liblouis.get(), table);
        } catch (IllegalStateException e) {
            throw new RenderException(guide.source() + ": " + e.getMessage(), e);
        }
    }

    /** A stable identifier: the guide's name and a hash of the braille itself. */
    private static String identifier(Guide guide, byte[] brf) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(brf);
            return "guidekit:" + guide.name() + ":" + HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
