package org.guidekit.render.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.guidekit.model.Guide;
import org.guidekit.render.RenderOptions;

/** Layout plans with the bundled font's real metrics, for the pure (no PDF written) tests. */
final class Plans {
    private Plans() {
    }

    static Plan plan(Guide guide, RenderOptions options) {
        try (PDDocument doc = new PDDocument();
             PdfResources measure = new PdfResources(doc, FontFace.bundled(false), FontFace.bundled(true))) {
            return HandoutLayout.plan(guide, LargePrintPdfRenderer.style(guide, options), measure);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The plan when no table's record may go on over a page (every link inside one unbreakable). */
    static Plan planWithWholeRecords(Guide guide, RenderOptions options) {
        try (PDDocument doc = new PDDocument();
             PdfResources measure = new PdfResources(doc, FontFace.bundled(false), FontFace.bundled(true))) {
            return HandoutLayout.plan(guide, LargePrintPdfRenderer.style(guide, options), measure,
                    chunks -> chunks.stream().map(c -> c.keep() == Chunk.IN_RECORD || c.keep() == Chunk.IN_FIELD
                            ? c.keepingAtLeast(Chunk.ALWAYS) : c).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Plan plan(Guide guide) {
        return plan(guide, RenderOptions.defaults());
    }

    /** The tagged text lines of a page (page numbers and repeated headers left out). */
    static List<Mark.TextLine> taggedLines(Plan.Page page) {
        List<Mark.TextLine> lines = new ArrayList<>();
        for (Mark m : page.marks()) {
            if (m instanceof Mark.TextLine t && !t.runs().isEmpty() && t.runs().get(0).owner() != null) {
                lines.add(t);
            }
        }
        return lines;
    }

    /** The structure node owning the line's first run. */
    static StructNode owner(Mark.TextLine line) {
        return line.runs().get(0).owner();
    }

    /** True when {@code node} is {@code ancestor} or lies inside it. */
    static boolean within(StructNode node, StructNode ancestor) {
        for (StructNode n = node; n != null; n = n.parent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }
}
