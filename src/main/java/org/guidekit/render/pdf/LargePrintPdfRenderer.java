package org.guidekit.render.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.guidekit.error.RenderException;
import org.guidekit.model.Figure;
import org.guidekit.model.Guide;
import org.guidekit.model.ModelPrinter;
import org.guidekit.render.AtomicOutput;
import org.guidekit.render.Paper;
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
 * 2026-01-01) and the document ID from a hash of the content.
 */
public final class LargePrintPdfRenderer implements Renderer {
    /** The date written into files of guides without a {@code reviewed} date. */
    static final LocalDate FIXED_DATE = LocalDate.of(2026, 1, 1);

    @Override
    public String format() {
        return "pdf";
    }

    @Override
    public String description() {
        return "large-print handout: tagged PDF/UA-1, 18 pt or larger";
    }

    @Override
    public Rendition render(Guide guide, RenderOptions options, Path guideDir) {
        Path target = guideDir.resolve(guide.name() + ".pdf");
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        int pages;
        try {
            pages = write(guide, options, pdf);
        } catch (IOException e) {
            throw new RenderException(guide.source() + ": cannot build the PDF (" + e.getMessage() + ")", e);
        }
        // Only a complete PDF reaches the output folder, and then atomically.
        AtomicOutput.write(target, pdf::writeTo);
        return new Rendition(List.of(target), pages, 0);
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
            Plan plan = HandoutLayout.plan(guide, style(guide, options), resources);
            LocalDate date = guide.metadata().reviewed().orElse(FIXED_DATE);
            new DocumentWriter(doc, resources).write(plan, date, guide.metadata().organization().orElse(null),
                    documentId(guide, options));
            doc.save(out);
            return plan.pages().size();
        }
    }

    private static void checkImages(Guide guide, PdfResources resources) {
        for (Figure f : guide.figures()) {
            try {
                resources.image(f.file());
            } catch (RenderException e) {
                throw new RenderException(guide.source() + ":" + f.line() + ": " + e.getMessage(), e);
            }
        }
    }

    /** 16 bytes from everything that shapes the file: the model, the options, the fonts and the images. */
    private static byte[] documentId(Guide guide, RenderOptions options) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(ModelPrinter.print(guide).getBytes(StandardCharsets.UTF_8));
            String opts = style(guide, options) + "|" + options.font() + "|" + options.boldFont();
            sha.update(opts.getBytes(StandardCharsets.UTF_8));
            for (Figure f : guide.figures()) {
                sha.update(Files.readAllBytes(f.file()));
            }
            for (Path p : options.font().stream().toList()) {
                sha.update(Files.readAllBytes(p));
            }
            return Arrays.copyOf(sha.digest(), 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
