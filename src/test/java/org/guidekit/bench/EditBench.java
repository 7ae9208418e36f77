package org.guidekit.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.guidekit.model.Guide;
import org.guidekit.read.MarkdownGuideReader;
import org.guidekit.render.RenderOptions;
import org.guidekit.library.Renderers;

/**
 * Issue 13, goal 3, in one warm process: the audio of a guide rendered in full, then again after one paragraph
 * changed, with the section cache of a build. Prints the medians. Usage: {@code EditBench GUIDE RUNS}.
 */
public final class EditBench {
    private EditBench() {
    }

    public static void main(String[] args) throws Exception {
        Path source = Path.of(args[0]);
        int runs = Integer.parseInt(args[1]);
        Path work = Files.createTempDirectory("guidekit-edit-bench");
        String text = Files.readString(source);
        List<Double> full = new ArrayList<>();
        List<Double> edited = new ArrayList<>();
        for (int i = 0; i <= runs; i++) { // run 0 warms the JVM up
            Path cache = work.resolve("cache-" + i);
            Path guideDir = Files.createDirectories(work.resolve("g" + i));
            Path file = guideDir.resolve(source.getFileName());
            Files.writeString(file, text);
            Path images = Files.createDirectories(guideDir.resolve("images"));
            try (var pictures = Files.list(source.toAbsolutePath().getParent().resolve("images"))) {
                for (Path p : pictures.toList()) {
                    Files.copy(p, images.resolve(p.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
            try (Renderers renderers = Renderers.open(cache)) {
                double a = render(renderers, MarkdownGuideReader.read(file), work.resolve("out" + i));
                Files.writeString(file, text.replaceFirst("spasm", "spasm (edit " + i + ")"));
                double b = render(renderers, MarkdownGuideReader.read(file), work.resolve("out" + i));
                if (i > 0) {
                    full.add(a);
                    edited.add(b);
                }
            }
        }
        double f = median(full);
        double e = median(edited);
        System.out.printf("audio of %s: full %.2f s, after one edit %.2f s = %.0f %% (medians of %d)%n",
                source.getFileName(), f, e, 100 * e / f, runs);
    }

    private static double render(Renderers renderers, Guide guide, Path out) {
        long t = System.nanoTime();
        renderers.byFormat("audio").orElseThrow().render(guide, RenderOptions.defaults(), out);
        return (System.nanoTime() - t) / 1e9;
    }

    private static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        Collections.sort(s);
        return s.get(s.size() / 2);
    }
}
