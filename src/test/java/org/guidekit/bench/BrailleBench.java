package org.guidekit.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.guidekit.model.Guide;
import org.guidekit.read.MarkdownGuideReader;
import org.guidekit.render.RenderOptions;
import org.guidekit.render.braille.BrailleRenderer;
import org.guidekit.render.pdf.LargePrintPdfRenderer;

/**
 * Renders a guide's braille edition (BRF and PEF) many times in one warm JVM and prints milliseconds per render
 * (not a unit test; see bench/braille/README.md). Arguments: [guide.md] [renders] [warm-up renders]. The first
 * render, which loads liblouis and compiles the table, is timed apart.
 */
public final class BrailleBench {
    private BrailleBench() {
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args.length > 0 ? args[0] : "content/back-muscle-spasms.md");
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int warmUp = args.length > 2 ? Integer.parseInt(args[2]) : 50;
        Guide guide = MarkdownGuideReader.read(file);
        Path out = Files.createTempDirectory("guidekit-bench").resolve(guide.name());
        BrailleRenderer renderer = new BrailleRenderer(new LargePrintPdfRenderer());
        long first = System.nanoTime();
        renderer.render(guide, RenderOptions.defaults(), out);
        double firstMs = (System.nanoTime() - first) / 1e6;
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
        long pages = Files.readString(out.resolve(guide.name() + ".brf")).chars().filter(c -> c == '\f').count() + 1;
        System.out.printf("%s: first render (loads liblouis, compiles the table) %.0f ms; %d renders after %d "
                        + "warm-up, median %.2f ms, min %.2f ms, max %.2f ms; %d braille pages%n", file, firstMs, runs,
                warmUp, ms[runs / 2], ms[0], ms[runs - 1], pages);
    }
}
