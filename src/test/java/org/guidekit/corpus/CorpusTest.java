package org.guidekit.corpus;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Stream;

import org.guidekit.check.CheckSettings;
import org.guidekit.check.GuideReport;
import org.guidekit.check.TextReport;
import org.guidekit.error.GuidekitException;
import org.guidekit.library.BuildContext;
import org.guidekit.library.GuideCheck;
import org.guidekit.model.Guide;
import org.guidekit.read.MarkdownGuideReader;
import org.guidekit.render.RenderOptions;
import org.guidekit.render.Renderer;
import org.guidekit.library.Renderers;
import org.guidekit.render.audio.FreeTtsLexicon;
import org.guidekit.render.audio.FreeTtsVoiceWords;
import org.guidekit.testing.Golden;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every guide of the corpus modelled on real patient leaflets ({@code src/test/resources/corpus/<folder>/}, each
 * folder a content root with its own allowed-links.yaml) goes through the full review {@code guidekit check} runs
 * and through every renderer. What check says is a golden file per guide
 * ({@code golden/corpus/<folder>/<name>.txt}), so a change in what it says about real text shows in review; a
 * renderer may refuse a guide with a clear message (recorded in the same file), but must never crash.
 */
class CorpusTest {
    private static final Path CORPUS = Path.of("src/test/resources/corpus");

    /** One set of renderers for the whole class: the voices load once and each guide's speech is leased. */
    private static Renderers renderers;

    @TempDir
    static Path out;

    @BeforeAll
    static void open() {
        renderers = Renderers.open();
    }

    @AfterAll
    static void close() {
        renderers.close();
    }

    @TestFactory
    Stream<DynamicTest> everyCorpusGuideIsCheckedAndRenderedInEveryFormat() {
        List<Path> guides = guides();
        assertFalse(guides.isEmpty(), "no guides under " + CORPUS);
        return guides.stream().map(g -> DynamicTest.dynamicTest(CORPUS.relativize(g).toString(),
                () -> checkAndRender(g)));
    }

    private static void checkAndRender(Path file) {
        String folder = CORPUS.relativize(file).getName(0).toString();
        String name = MarkdownGuideReader.name(file);
        BuildContext context = BuildContext.of(CORPUS.resolve(folder));
        // The settings the command line checks with: the guide's own grade, and speech as FreeTTS would say it.
        CheckSettings settings = new CheckSettings(OptionalInt.empty(), Set.of(), Map.of(),
                Optional.of(FreeTtsLexicon.instance()), Map.of(), Optional.of(FreeTtsVoiceWords.instance()));
        GuideReport report = GuideCheck.review(file, context, settings, renderers.defaults());
        StringBuilder golden = new StringBuilder(TextReport.write(List.of(report), false));
        golden.append("\nformats:\n");
        Path guideDir = out.resolve(folder).resolve(name);
        for (String line : renderEveryFormat(file, context, guideDir)) {
            golden.append(line).append('\n');
        }
        delete(guideDir); // a guide's editions (its WAV alone is megabytes) are not kept for the whole class
        Golden.assertMatches("corpus/" + folder, name + ".txt", golden.toString());
    }

    /**
     * Renders the guide in every format, one line per format: "ok", the renderer's refusal, or why it was not
     * tried. Any exception that is not a {@link GuidekitException} (a clear refusal) fails the test.
     */
    private static List<String> renderEveryFormat(Path file, BuildContext context, Path guideDir) {
        List<String> lines = new ArrayList<>();
        Guide guide;
        try {
            guide = MarkdownGuideReader.read(file);
        } catch (GuidekitException e) {
            lines.add("not rendered, the guide cannot be read: " + e.getMessage());
            return lines;
        }
        RenderOptions options = context.renderOptions(RenderOptions.defaults());
        for (Renderer r : renderers.all()) {
            Optional<String> unsupported = r.unsupported(guide);
            if (unsupported.isPresent()) {
                lines.add(r.format() + ": unsupported: " + unsupported.get());
                continue;
            }
            try {
                r.render(guide, options, guideDir);
                lines.add(r.format() + ": ok");
            } catch (GuidekitException e) {
                lines.add(r.format() + ": refused: " + e.getMessage());
            } catch (RuntimeException | Error e) {
                fail(r.format() + " crashed on " + file + ": " + e, e);
            }
        }
        return lines;
    }

    private static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every Markdown guide in every folder of the corpus, in a fixed order. */
    private static List<Path> guides() {
        try (Stream<Path> folders = Files.list(CORPUS)) {
            List<Path> found = new ArrayList<>();
            for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
                try (Stream<Path> files = Files.list(folder)) {
                    files.filter(f -> f.getFileName().toString().endsWith(".md")).sorted().forEach(found::add);
                }
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
