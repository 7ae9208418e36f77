package org.guidekit.render.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.guidekit.error.Problem;
import org.guidekit.error.RenderException;
import org.guidekit.model.Figure;
import org.guidekit.model.Guide;
import org.guidekit.render.AtomicOutput;
import org.guidekit.render.RenderInputs;
import org.guidekit.render.Paper;
import org.guidekit.render.PrintPages;
import org.guidekit.render.PrintPagination;
import org.guidekit.render.RenderOptions;
import org.guidekit.render.Rendition;
import org.guidekit.render.Renderer;

/**
 * The large-print handout: {@code DIR/<name>/<name>.pdf}, tagged PDF/UA-1 (and PDF/A-2a), body text 18 pt or
 * the chosen size, Atkinson Hyperlegible or the clinic's own font embedded.
 *
 * <pre>{@code new LargePrintPdfRenderer().render(guide, RenderOptions.defaults(), Path.of("output", guide.name()));}</pre>
 *
 * The same guide and options always give the same bytes: dates come from the guide's {@code reviewed} date (or
 * 2026-01-01) and the document ID from a hash of the content. It also tells where its pages begin
 * ({@link PrintPagination}), so that the braille edition can show the handout's page numbers.
 */
public final class LargePrintPdfRenderer implements Renderer, PrintPagination {
    /** The date written into files of guides without a {@code reviewed} date. */
    static final LocalDate FIXED_DATE = LocalDate.of(2026, 1, 1);
    /** Handouts whose pagination is kept after they are laid out, so the braille of the same build reuses it. */
    private static final int KEPT = 64;

    /**
     * The pagination of the handouts this renderer laid out last, by {@link #pagesKey}: a build renders the PDF
     * before the braille, which then needs no second layout. A pure function of its key, so keeping it changes
     * nothing but the time.
     */
    private final Map<String, PrintPages> laidOut = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PrintPages> eldest) {
            return size() > KEPT;
        }
    };

    @Override
    public String format() {
        return "pdf";
    }

    @Override
    public String description() {
        return "large-print handout: tagged PDF/UA-1, 18 pt or larger";
    }

    /** The model's source, the pictures, the paper, the size and the fonts' bytes: nothing the voice uses. */
    @Override
    public RenderInputs inputs(Guide guide, RenderOptions options) {
        RenderInputs in = RenderInputs.of(format(), guide).figures(guide)
                .text("paper", style(guide, options).paper().name())
                .text("size", Float.toString(options.bodySize())); // the labels follow the language, in the source
        options.font().ifPresentOrElse(f -> in.file("font", f), () -> in.text("font", "bundled"));
        options.boldFont().ifPresentOrElse(f -> in.file("bold-font", f), () -> in.text("bold-font", "bundled"));
        return in;
    }

    /** Lays the handout out in memory: the same checks as {@link #render}, nothing written. */
    @Override
    public void preflight(Guide guide, RenderOptions options) {
        try {
            write(guide, options, OutputStream.nullOutputStream(), keep(guide, options));
        } catch (IOException e) {
            throw new RenderException(guide.source() + ": cannot build the PDF (" + e.getMessage() + ")", e);
        }
    }

    @Override
    public Rendition render(Guide guide, RenderOptions options, Path guideDir) {
        Path target = guideDir.resolve(guide.name() + ".pdf");
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        int pages;
        try {
            pages = write(guide, options, pdf, keep(guide, options));
        } catch (IOException e) {
            throw new RenderException(guide.source() + ": cannot build the PDF (" + e.getMessage() + ")", e);
        }
        // Only a complete PDF reaches the output folder, and then atomically.
        AtomicOutput.write(target, pdf::writeTo);
        return new Rendition(List.of(target), pages, 0);
    }

    /** The handout's own inputs: everything that decides its layout decides its pages. */
    @Override
    public String pagesKey(Guide guide, RenderOptions options) {
        return inputs(guide, options).hex();
    }

    /**
     * Where the handout's pages begin: kept from its last layout for the same inputs, or laid out in memory, as
     * {@link #render} does.
     */
    @Override
    public PrintPages pages(Guide guide, RenderOptions options) {
        String key = pagesKey(guide, options);
        synchronized (laidOut) {
            PrintPages kept = laidOut.get(key);
            if (kept != null) {
                return kept;
            }
        }
        try {
            PrintPages pages = DeepStack.call(() -> layOut(guide, options,
                    (plan, doc, resources) -> PrintPageStarts.of(plan)));
            keep(key).accept(pages);
            return pages;
        } catch (IOException e) {
            throw new RenderException(guide.source() + ": cannot lay out the handout (" + e.getMessage() + ")", e);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e); // interrupted while waiting: not a guide's fault
        }
    }

    /** Keeps the pagination of {@code guide}'s handout once it is laid out. */
    private Consumer<PrintPages> keep(Guide guide, RenderOptions options) {
        return keep(pagesKey(guide, options));
    }

    private Consumer<PrintPages> keep(String key) {
        return pages -> {
            synchronized (laidOut) {
                laidOut.put(key, pages);
            }
        };
    }

    /** The style for {@code guide}: the chosen paper, or Letter/A4 from its language region. */
    public static PdfStyle style(Guide guide, RenderOptions options) {
        Paper paper = options.paper().orElseGet(() -> Paper.forLanguage(guide.metadata().language()));
        return new PdfStyle(paper, options.bodySize(), HandoutLabels.forLanguage(guide.metadata().language()));
    }

    /**
     * Lays out and writes the PDF to {@code out}. Font, glyph and image problems are {@link RenderException}s,
     * raised before a byte is written.
     *
     * @return the number of pages
     */
    static int write(Guide guide, RenderOptions options, OutputStream out) throws IOException {
        return write(guide, options, out, pages -> { });
    }

    /** {@link #write(Guide, RenderOptions, OutputStream)}, handing the pagination to {@code pagination}. */
    static int write(Guide guide, RenderOptions options, OutputStream out, Consumer<PrintPages> pagination)
            throws IOException {
        try {
            return DeepStack.call(() -> writeOnThisThread(guide, options, out, pagination));
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e); // interrupted while waiting: not a guide's fault
        }
    }

    private static int writeOnThisThread(Guide guide, RenderOptions options, OutputStream out,
                                         Consumer<PrintPages> pagination) throws IOException {
        return layOut(guide, options, (plan, doc, resources) -> {
            pagination.accept(PrintPageStarts.of(plan));
            LocalDate date = guide.metadata().reviewed().orElse(FIXED_DATE);
            new DocumentWriter(doc, resources).write(plan, date,
                    guide.metadata().organization().orElse(null),
                    new LargePrintPdfRenderer().inputs(guide, options).bytes(16));
            doc.save(out);
            return plan.pages().size();
        });
    }

    /** What is done with the laid-out handout, while its fonts are open. */
    private interface LaidOut<T> {
        T use(Plan plan, PDDocument doc, PdfResources resources) throws IOException;
    }

    /** Opens the fonts, checks the glyphs and pictures, lays {@code guide} out and hands the plan to {@code then}. */
    private static <T> T layOut(Guide guide, RenderOptions options, LaidOut<T> then) throws IOException {
        FontFace regular = options.font().map(p -> FontFace.file(p, "--font")).orElseGet(() -> FontFace.bundled(false));
        FontFace bold;
        try {
            bold = options.boldFont().map(p -> FontFace.file(p, "--bold-font"))
                    .orElseGet(() -> options.font().isPresent() ? regular : FontFace.bundled(true));
        } catch (RuntimeException e) {
            regular.close();
            throw e;
        }
        try (PDDocument doc = new PDDocument(); PdfResources resources = new PdfResources(doc, regular, bold)) {
            GlyphCheck.check(guide, resources);
            checkImages(guide, resources);
            return then.use(HandoutLayout.plan(guide, style(guide, options), resources), doc, resources);
        }
    }

    private static void checkImages(Guide guide, PdfResources resources) {
        for (Figure f : guide.figures()) {
            try {
                resources.image(f.file());
            } catch (RenderException e) {
                throw new RenderException(new Problem(guide.source(), f.line(), e.getMessage()), e);
            }
        }
    }
}
