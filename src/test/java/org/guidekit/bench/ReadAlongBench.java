package org.guidekit.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.guidekit.model.Guide;
import org.guidekit.read.MarkdownGuideReader;
import org.guidekit.render.AtomicOutput;
import org.guidekit.render.RenderOptions;
import org.guidekit.render.Renderer;
import org.guidekit.library.Renderers;

/**
 * Time per guide of the read-along page and the EPUB (issue 16), in the build's order: the MP3 first (which
 * synthesises), then the EPUB and the page, which reuse that synthesis. The first two guides warm the JVM and are
 * not counted.
 *
 * <pre>{@code java -cp $CP org.guidekit.bench.ReadAlongBench OUT GUIDE.md...}</pre>
 */
public final class ReadAlongBench {
    private ReadAlongBench() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        AtomicOutput.deleteTree(out);
        List<Path> guides = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            guides.add(Path.of(args[i]));
        }
        String[] formats = {"audio", "epub", "web"};
        double[] total = new double[formats.length];
        long words = 0;
        int counted = 0;
        System.out.println("| guide | words | audio (synthesis + MP3) s | epub s | web s |");
        System.out.println("|---|---|---|---|---|");
        try (Renderers renderers = Renderers.open()) {
            for (int g = 0; g < guides.size(); g++) {
                Guide guide = MarkdownGuideReader.read(guides.get(g));
                double[] t = new double[formats.length];
                for (int f = 0; f < formats.length; f++) {
                    Renderer r = renderers.byFormat(formats[f]).orElseThrow();
                    long start = System.nanoTime();
                    r.render(guide, RenderOptions.defaults(), out.resolve(guide.name()));
                    t[f] = (System.nanoTime() - start) / 1e9;
                }
                long w = Files.readString(guides.get(g)).split("\\s+").length;
                System.out.printf(Locale.ROOT, "| %s%s | %d | %.2f | %.3f | %.3f |%n", guide.name(),
                        g < 2 ? " (warm-up)" : "", w, t[0], t[1], t[2]);
                if (g >= 2) {
                    counted++;
                    words += w;
                    for (int f = 0; f < formats.length; f++) {
                        total[f] += t[f];
                    }
                }
            }
        }
        if (counted > 0) {
            System.out.printf(Locale.ROOT, "| mean of %d guides | %d | %.2f | %.3f | %.3f |%n", counted,
                    words / counted, total[0] / counted, total[1] / counted, total[2] / counted);
        }
    }
}
