package org.guidekit.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.guidekit.check.CheckSettings;
import org.guidekit.check.GuideReport;
import org.guidekit.library.BuildContext;
import org.guidekit.library.GuideCheck;
import org.guidekit.model.Guide;
import org.guidekit.read.MarkdownGuideReader;
import org.guidekit.render.Paper;
import org.guidekit.render.Progress;
import org.guidekit.render.RenderOptions;
import org.guidekit.render.Renderers;
import org.guidekit.render.audio.FreeTtsLexicon;
import org.guidekit.render.audio.FreeTtsVoiceWords;
import org.guidekit.render.pdf.PagePreview;

/**
 * The workspace's warm view of the content folder: each guide's review (exactly what {@code check} reports) and
 * its handout preview, computed once per version of the guide and of the shared files, and kept while the
 * server runs. This is what makes a save answer in a fraction of a second.
 */
final class Library implements AutoCloseable {
    private final ContentFiles files;
    private final Path out;
    private final Renderers renderers = Renderers.open();
    private final Map<Path, Cached<GuideReport>> reports = new ConcurrentHashMap<>();
    private final Map<Path, Cached<PagePreview>> previews = new ConcurrentHashMap<>();

    private record Cached<T>(String key, T value) {
    }

    Library(ContentFiles files, Path out) {
        this.files = files;
        this.out = out.toAbsolutePath().normalize();
    }

    ContentFiles files() {
        return files;
    }

    Path out() {
        return out;
    }

    /** The shared lists and settings, read now (they may have been edited). */
    BuildContext context() {
        return BuildContext.of(files.root());
    }

    /** The render options the workspace previews and builds with: {@code guidekit.yaml}'s, else the defaults. */
    RenderOptions options(BuildContext context) {
        var s = context.settings();
        RenderOptions o = new RenderOptions(s.paper().map(p -> Paper.valueOf(p.toUpperCase(Locale.ROOT))),
                s.size().orElse(RenderOptions.DEFAULT_BODY_SIZE), Optional.empty(), Optional.empty(),
                s.rate().orElse(RenderOptions.DEFAULT_WORDS_PER_MINUTE), s.pitch(), Map.of(), false, Progress.NONE);
        return context.renderOptions(o);
    }

    /** The full review of {@code file}, as {@code guidekit check} gives it. */
    GuideReport review(Path file) {
        return cached(reports, file, context -> GuideCheck.review(file, context,
                CheckSettings.defaults().withLexicon(FreeTtsLexicon.instance())
                        .withVoiceWords(FreeTtsVoiceWords.instance()), renderers.defaults()));
    }

    /** The guide read into the model (a mistake in it is thrown as a ContentException). */
    Guide read(Path file) {
        return MarkdownGuideReader.read(file, MarkdownGuideReader.readSource(file));
    }

    /** The handout of {@code file} laid out in memory, for page pictures. */
    PagePreview preview(Path file) {
        return cached(previews, file, context -> PagePreview.of(read(file), options(context)));
    }

    /** What {@code cache} holds for this version of {@code file} and the shared files, made now if it has none. */
    private <T> T cached(Map<Path, Cached<T>> cache, Path file, Function<BuildContext, T> make) {
        BuildContext context = context();
        String key = key(file, context);
        Cached<T> c = cache.get(file);
        if (c != null && c.key().equals(key)) {
            return c.value();
        }
        T value = make.apply(context);
        cache.put(file, new Cached<>(key, value));
        return value;
    }

    /** True when the guide's handout in the output folder is newer than the guide. */
    boolean upToDate(Path file) {
        String name = MarkdownGuideReader.name(file);
        Path pdf = out.resolve(name).resolve(name + ".pdf");
        try {
            return Files.isRegularFile(pdf)
                    && Files.getLastModifiedTime(pdf).compareTo(Files.getLastModifiedTime(file)) >= 0
                    && ContentFiles.SETTINGS.stream().map(files.root()::resolve).filter(Files::isRegularFile)
                    .allMatch(s -> modifiedBefore(s, pdf));
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean modifiedBefore(Path a, Path b) {
        try {
            return Files.getLastModifiedTime(a).compareTo(Files.getLastModifiedTime(b)) <= 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** What decides a review or preview: the guide's bytes and the shared files' bytes. */
    private String key(Path file, BuildContext context) {
        StringBuilder b = new StringBuilder(SafeSave.open(file).version());
        for (String name : ContentFiles.SETTINGS) {
            b.append('/').append(SafeSave.open(files.root().resolve(name)).version());
        }
        return b.toString();
    }

    @Override
    public void close() {
        renderers.close();
    }
}
