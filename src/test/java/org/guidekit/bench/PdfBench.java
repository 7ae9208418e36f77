package org.guidekit.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.guidekit.model.Guide;
import org.guidekit.read.MarkdownGuideReader;
import org.guidekit.render.RenderOptions;
import org.guidekit.render.pdf.LargePrintPdfRenderer;

/**
 * Renders a guide's PDF many times in one warm JVM and prints milliseconds per render (not a unit test; see
 * bench/pdf/README.md for the command). Arguments: [guide.md] [renders] [warm-up renders].
 */
public final class PdfBench {
    private PdfBench() {
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args.length > 0 ? args[0] : "content/back-muscle-spasms.md");
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        int warmUp = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        Guide guide = MarkdownGuideReader.read(file);
        Path out = Files.createTempDirectory("guidekit-bench").resolve(guide.name());
        LargePrintPdfRenderer renderer = new LargePrintPdfRenderer();
        for (int i = 0; i < warmUp; i++) {
            renderer.render(guide, RenderOptions.defaults(), out);
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            renderer.render(guide, RenderOptions.defaults(), out);
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf("%s: %d renders after %d warm-up, median %.1f ms, min %.1f ms, max %.1f ms, %d bytes%n",
                file, runs, warmUp, ms[runs / 2], ms[0], ms[runs - 1],
                Files.size(out.resolve(guide.name() + ".pdf")));
    }
}
