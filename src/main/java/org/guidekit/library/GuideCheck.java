package org.guidekit.library;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.guidekit.check.CheckSettings;
import org.guidekit.check.Finding;
import org.guidekit.check.GuideChecker;
import org.guidekit.check.GuideReport;
import org.guidekit.check.Severity;
import org.guidekit.check.StructureFindings;
import org.guidekit.error.ContentException;
import org.guidekit.error.GuidekitException;
import org.guidekit.error.Problem;
import org.guidekit.error.RenderException;
import org.guidekit.model.Guide;
import org.guidekit.read.MarkdownGuideReader;
import org.guidekit.read.ReadResult;
import org.guidekit.render.RenderOptions;
import org.guidekit.render.Renderer;

/**
 * {@code guidekit check}: reads each guide into the model, runs the content checks, and asks every renderer a
 * build would run what it would refuse ({@link Renderer#preflight}), so that a guide {@code check} passes is a
 * guide {@code build} renders.
 */
public final class GuideCheck {
    /** Rule id of a finding that comes from a renderer's refusal. */
    public static final String RENDER_RULE = "render";
    /** Rule id of the note that a build skips some formats for the guide, and why. */
    public static final String FORMATS_RULE = "formats";

    private GuideCheck() {
    }

    /** The problems that stop one file from being read; empty when it reads. I/O failures are thrown. */
    public static List<Problem> check(Path file) {
        try {
            MarkdownGuideReader.read(file);
            return List.of();
        } catch (ContentException e) {
            return e.problems();
        }
    }

    /** The full review of one file on its own, with the shared lists of its content root and the default formats. */
    public static GuideReport review(Path file, CheckSettings settings) {
        try (Renderers renderers = Renderers.open()) {
            return review(file, BuildContext.of(BuildContext.rootOf(file)), settings, renderers.defaults());
        }
    }

    /**
     * The full review of one file.
     *
     * @param context   the shared lists of the file's content root
     * @param settings  the command line's check settings
     * @param renderers the formats a build makes by default, asked what they would refuse
     */
    public static GuideReport review(Path file, BuildContext context, CheckSettings settings,
                                     List<Renderer> renderers) {
        return review(file, context, settings, renderers, RenderOptions.defaults());
    }

    /** {@link #review}, with the render options the renderers would be asked to render with. */
    static GuideReport review(Path file, BuildContext context, CheckSettings settings, List<Renderer> renderers,
                              RenderOptions options) {
        CheckSettings shared = context.checkSettings(settings);
        if (context.problem().isPresent()) {
            return GuideChecker.unreadable(file.toString(), context.problem().get().problems(), settings);
        }
        // One run finds everything: the reader's problems, and the rules' findings on what could be read.
        ReadResult read = MarkdownGuideReader.readAll(file);
        if (read.guide().isEmpty()) {
            return GuideChecker.unreadable(file.toString(), read.problems(), shared);
        }
        Guide guide = read.guide().get();
        GuideReport report = GuideChecker.check(guide, read.problems(), shared);
        if (!read.problems().isEmpty()) {
            return report; // the renderers refuse a guide with reader problems before anything else
        }
        List<Finding> refused = new ArrayList<>(skipped(guide, renderers));
        refused.addAll(preflight(guide, renderers, context.renderOptions(options)));
        if (refused.isEmpty()) {
            return report;
        }
        List<Finding> findings = new ArrayList<>(report.findings());
        findings.addAll(refused);
        findings.sort(Comparator.comparingInt(Finding::line)); // stable: the checks' own order within a line
        return new GuideReport(report.file(), findings, report.readability(), report.targetGrade());
    }

    /**
     * One note per reason a default format cannot be made for the guide at all (its language, a missing library),
     * naming the formats a build skips and those it makes: asked of the renderers, so it stays true as they change.
     */
    static List<Finding> skipped(Guide guide, List<Renderer> renderers) {
        Map<String, List<String>> skipped = new TreeMap<>(); // reason -> formats, in a fixed order
        List<String> made = new ArrayList<>();
        for (Renderer r : renderers) {
            r.unsupported(guide).ifPresentOrElse(why -> skipped.computeIfAbsent(why, k -> new ArrayList<>())
                    .add(r.format()), () -> made.add(r.format()));
        }
        List<Finding> found = new ArrayList<>();
        skipped.forEach((why, formats) -> found.add(new Finding(FORMATS_RULE, Severity.INFO, guide.source(), 0,
                "a build makes no " + String.join(" or ", formats) + " for this guide (" + why + ")",
                made.isEmpty() ? "" : "it makes " + String.join(", ", made) + "; naming a skipped format with "
                        + "--format is an error")));
        return found;
    }

    /** What each renderer would refuse, once per distinct problem (audio and DAISY share their speech checks). */
    private static List<Finding> preflight(Guide guide, List<Renderer> renderers, RenderOptions options) {
        Set<Problem> contentProblems = new LinkedHashSet<>();
        Set<Problem> problems = new LinkedHashSet<>();
        for (Renderer r : renderers) {
            if (r.unsupported(guide).isPresent()) {
                continue; // a build with the default formats skips it with a note
            }
            try {
                r.preflight(guide, options);
            } catch (ContentException e) {
                contentProblems.addAll(e.problems()); // the guide's own mistakes, like a bad pronunciation entry
            } catch (RenderException e) {
                problems.add(e.problem().orElse(new Problem(guide.source(), 0, stripSource(guide, e))));
            } catch (GuidekitException e) {
                problems.add(new Problem(guide.source(), 0, stripSource(guide, e)));
            }
        }
        List<Finding> found = new ArrayList<>(StructureFindings.of(List.copyOf(contentProblems)));
        for (Problem p : problems) {
            int split = p.message().indexOf("; ");
            found.add(new Finding(RENDER_RULE, Severity.ERROR, p.file(), Math.max(0, p.line()),
                    split < 0 ? p.message() : p.message().substring(0, split),
                    split < 0 ? "" : p.message().substring(split + 2)));
        }
        return found;
    }

    private static String stripSource(Guide guide, GuidekitException e) {
        String m = e.getMessage();
        return m.startsWith(guide.source() + ": ") ? m.substring(guide.source().length() + 2) : m;
    }
}
