package org.guidekit.library;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.guidekit.error.RenderException;
import org.guidekit.model.Guide;
import org.guidekit.model.ModelPrinter;
import org.guidekit.render.AtomicOutput;
import org.guidekit.render.RenderOptions;
import org.guidekit.render.RenderInputs;
import org.guidekit.render.Renderer;
import org.guidekit.render.Rendition;

/**
 * A test renderer that writes the model dump and records which guides it rendered, so build tests can see what
 * an incremental build did without paying for PDF or audio. Guides named in {@code failFor} fail to render.
 */
class DumpRenderer implements Renderer {
    final List<String> rendered = new CopyOnWriteArrayList<>();
    final Set<String> failFor = ConcurrentHashMap.newKeySet();
    /** Guides whose rendering hits a bug (an Error thrown from deep inside), to prove the loop survives it. */
    final Set<String> crashFor = ConcurrentHashMap.newKeySet();
    /** Runs while a guide renders (to edit its source meanwhile, say). */
    volatile java.util.function.Consumer<Guide> during = g -> { };
    private final String format;

    DumpRenderer() {
        this("dump");
    }

    DumpRenderer(String format) {
        this.format = format;
    }

    /** Guides this format cannot be made for (like audio for a guide in Spanish). */
    final Set<String> unsupportedFor = ConcurrentHashMap.newKeySet();

    @Override
    public java.util.Optional<String> unsupported(Guide guide) {
        return unsupportedFor.contains(guide.name()) ? java.util.Optional.of("not for this guide")
                : java.util.Optional.empty();
    }

    @Override
    public String format() {
        return format;
    }

    @Override
    public String description() {
        return "model dump (tests only)";
    }

    @Override
    public RenderInputs inputs(Guide guide, RenderOptions options) {
        return RenderInputs.of(format(), guide).figures(guide).text("size", Float.toString(options.bodySize()))
                .entries("pronunciations", options.sharedPronunciations()); // like a spoken format
    }

    @Override
    public void preflight(Guide guide, RenderOptions options) {
        if (failFor.contains(guide.name())) {
            throw new RenderException(guide.source() + ": render failed on purpose");
        }
    }

    @Override
    public Rendition render(Guide guide, RenderOptions options, Path guideDir) {
        if (failFor.contains(guide.name())) {
            throw new RenderException(guide.source() + ": render failed on purpose");
        }
        if (crashFor.contains(guide.name())) {
            throw new StackOverflowError("deep inside a library");
        }
        rendered.add(guide.name());
        during.accept(guide);
        Path file = AtomicOutput.write(guideDir.resolve(guide.name() + (format.equals("dump") ? "" : "." + format) + ".txt"),
                out -> out.write(ModelPrinter.print(guide).getBytes(StandardCharsets.UTF_8)));
        return new Rendition(List.of(file), 1, 0);
    }
}
