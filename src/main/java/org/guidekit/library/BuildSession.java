package org.guidekit.library;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.guidekit.check.CheckSettings;
import org.guidekit.check.GuideReport;
import org.guidekit.error.GuidekitException;
import org.guidekit.error.UsageException;
import org.guidekit.model.Guide;
import org.guidekit.read.MarkdownGuideReader;
import org.guidekit.read.Settings;
import org.guidekit.render.Paper;
import org.guidekit.render.Progress;
import org.guidekit.render.RenderOptions;
import org.guidekit.render.Renderer;
import org.guidekit.render.audio.FreeTtsLexicon;

/**
 * The one composition root of {@code check}, {@code render}, {@code build} and the workspace: everything a run
 * decides once and every front end then uses, so that the command line and the workspace cannot disagree. It holds
 * the content folder's settings and shared lists ({@link BuildContext}), the render options (the front end's
 * choices, else {@code guidekit.yaml}'s, else the defaults), the renderers of the chosen formats, the speech
 * service with its section cache in the output folder's state folder, and the one answer to "is this guide up to
 * date" (the manifest, asked exactly as the build asks it). Close it when the run ends.
 *
 * <pre>{@code try (BuildSession session = BuildSession.open(content, out, BuildSession.Choices.none())) {
 *     List<GuideOutcome> outcomes = session.build(jobs, false, BuildListener.NONE);
 * }}</pre>
 */
public final class BuildSession implements AutoCloseable {
    private final BuildContext context;
    private final Optional<Path> out;
    private final RenderOptions options;
    private final List<String> formats;
    private final boolean formatsNamed;
    /** Made on first use: a session asked only for its options (a preview, a spoken sentence) needs no voice. */
    private Renderers renderers;
    private List<Renderer> chosen;

    /**
     * What a front end chose; an empty value leaves {@code guidekit.yaml}'s setting, else the default. The front
     * end has checked the ranges of what was typed (the file's values are checked by its reader).
     *
     * @param formats the formats named ({@code --format}); empty for {@code guidekit.yaml}'s, else the defaults
     */
    public record Choices(List<String> formats, Optional<Paper> paper, Optional<Float> size, OptionalInt rate,
                          Optional<Float> pitch, Optional<Path> font, Optional<Path> boldFont, boolean zip,
                          int brailleGrade, int brailleCells, int brailleLines, Progress progress) {
        public Choices {
            formats = List.copyOf(formats);
        }

        /** Nothing chosen: the workspace, and {@code check}. */
        public static Choices none() {
            return new Choices(List.of(), Optional.empty(), Optional.empty(), OptionalInt.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), false, RenderOptions.DEFAULT_BRAILLE_GRADE,
                    RenderOptions.DEFAULT_BRAILLE_CELLS, RenderOptions.DEFAULT_BRAILLE_LINES, Progress.NONE);
        }
    }

    private BuildSession(BuildContext context, Optional<Path> out, Choices choices) {
        this.context = context;
        this.out = out.map(o -> o.toAbsolutePath().normalize());
        this.options = options(choices, context.settings());
        this.formatsNamed = !choices.formats().isEmpty();
        for (String f : choices.formats()) {
            if (!Renderers.isFormat(f)) {
                throw new UsageException("unknown format \"" + f + "\"; choose from " + Renderers.names());
            }
        }
        this.formats = formatsNamed ? choices.formats() : context.settings().formats();
    }

    /** The renderers, their speech service with the section cache of the output folder, and the chosen ones. */
    private synchronized Renderers renderers() {
        if (renderers == null) {
            renderers = out.map(o -> Renderers.open(LibraryBuild.speechCache(o))).orElseGet(Renderers::open);
            chosen = chosen(renderers, formats);
        }
        return renderers;
    }

    private synchronized List<Renderer> chosen() {
        renderers();
        return chosen;
    }

    /**
     * A session that builds the guides of {@code contentRoot} into {@code out}.
     *
     * @param contentRoot the content folder: its settings and shared lists are read now, once
     */
    public static BuildSession open(Path contentRoot, Path out, Choices choices) {
        return new BuildSession(BuildContext.of(contentRoot), Optional.of(out), choices);
    }

    /**
     * A session that only reviews guides ({@code check}): no output folder, nothing written; it asks the formats
     * a build of the folder makes what they would refuse.
     */
    public static BuildSession forReview(Path contentRoot) {
        return new BuildSession(BuildContext.of(contentRoot), Optional.empty(), Choices.none());
    }

    /** The content folder's settings and shared lists, as read when the session opened. */
    public BuildContext context() {
        return context;
    }

    /** The render options: the choices, else {@code guidekit.yaml}'s, else the defaults (no shared lists yet). */
    public RenderOptions options() {
        return options;
    }

    /** The render options a guide of the content folder is rendered with: {@link #options()} and its shared lists. */
    public RenderOptions guideOptions() {
        return context.renderOptions(options);
    }

    /** The names of the formats this session makes, in the order a build runs them. */
    public List<String> formats() {
        return chosen().stream().map(Renderer::format).toList();
    }

    /** Builds every guide of the content folder, skipping the formats whose inputs are unchanged. */
    public List<GuideOutcome> build(int jobs, boolean force, BuildListener listener) {
        return loop(jobs, force, listener).build(context);
    }

    /**
     * Renders the named guide files, always, each with the shared lists of its own content root (the options
     * come from this session's folder).
     */
    public List<GuideOutcome> render(List<Path> files, BuildListener listener) {
        // One file at a time (jobs 1), each using every core for its audio.
        return loop(1, true, listener).render(files);
    }

    private LibraryBuild loop(int jobs, boolean force, BuildListener listener) {
        Path o = out.orElseThrow(() -> new IllegalStateException("a review session has no output folder"));
        // Formats that were not named are skipped, with a note, for a guide that cannot have them.
        return new LibraryBuild(chosen(), options, o, jobs, force, !formatsNamed, listener,
                SafetyGate.settings(renderers().speech().voiceWords()));
    }

    /**
     * True when a build now would render nothing of {@code file} (a guide of this content folder): every chosen
     * format it can have is recorded in the manifest with the same inputs and its files are unchanged. The build
     * asks exactly this ({@code IncrementalGuide.upToDate}); a guide that cannot be read is never up to date.
     */
    public boolean upToDate(Path file) {
        if (out.isEmpty() || context.problem().isPresent()) {
            return false;
        }
        try {
            Guide guide = MarkdownGuideReader.read(file, MarkdownGuideReader.readSource(file));
            return IncrementalGuide.upToDate(guide, chosen(), context.renderOptions(options), BuildManifest.load(
                    out.get()), out.get(), !formatsNamed);
        } catch (GuidekitException e) {
            return false;
        }
    }

    /**
     * The full review of {@code file}, as {@code check} gives it: the content rules with the voice's dictionary
     * and words, and what each of this session's formats would refuse.
     */
    public GuideReport review(Path file, OptionalInt targetGrade) {
        BuildContext own = context.root().equals(BuildContext.rootOf(file)) ? context
                : BuildContext.of(BuildContext.rootOf(file));
        return GuideCheck.review(file, own, checkSettings(targetGrade), chosen(), options);
    }

    /** What {@code check} checks with: the voice's dictionary, and the words this session's voice says. */
    public CheckSettings checkSettings(OptionalInt targetGrade) {
        return new CheckSettings(targetGrade, java.util.Set.of(), Map.of(), Optional.of(FreeTtsLexicon.instance()),
                Map.of(), Optional.of(renderers().speech().voiceWords()));
    }

    /** Deletes the audio this session synthesised (the section cache stays for later sessions). */
    @Override
    public synchronized void close() {
        if (renderers != null) {
            renderers.close();
        }
    }

    /** The formats named, else those of {@code guidekit.yaml} (its reader refused unknown names), else the defaults. */
    private static List<Renderer> chosen(Renderers renderers, List<String> formats) {
        if (formats.isEmpty()) {
            return renderers.defaults();
        }
        // Registry order whatever order was typed: the page comes last, to link the editions before it.
        return renderers.all().stream().filter(r -> formats.contains(r.format())).toList();
    }

    private static RenderOptions options(Choices c, Settings file) {
        Optional<Paper> paper = c.paper().or(() -> file.paper().map(p -> Paper.valueOf(p.toUpperCase(Locale.ROOT))));
        float size = c.size().or(file::size).orElse(RenderOptions.DEFAULT_BODY_SIZE);
        int rate = c.rate().isPresent() ? c.rate().getAsInt()
                : file.rate().orElse(RenderOptions.DEFAULT_WORDS_PER_MINUTE);
        return new RenderOptions(paper, size, c.font(), c.boldFont(), rate, c.pitch().or(file::pitch), Map.of(),
                c.zip(), c.progress(), c.brailleGrade(), c.brailleCells(), c.brailleLines());
    }
}
