package org.guidekit.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.guidekit.library.BuildContext;
import org.guidekit.library.LibraryBuild;
import org.guidekit.render.Renderers;
import org.guidekit.library.GuideOutcome;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code guidekit render FILE... --format pdf,audio --out DIR}. */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = "Render guide files into DIR/<name>/ in the chosen formats.")
final class RenderCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    RenderSettings settings;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Guide files (.md).")
    List<Path> files;

    @Option(names = {"-f", "--format"}, split = ",", paramLabel = "FORMAT",
            description = "Formats, comma-separated: pdf, audio, daisy, wav (default: pdf,audio,daisy).")
    List<String> formats;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "output",
            description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    /** Files are rendered one after another, each using every core for its audio. */
    private static int jobs() {
        return 1;
    }

    @Override
    public Integer call() {
        long start = System.nanoTime();
        ProgressBar bar = ProgressBar.forTerminal(spec.commandLine().getErr(), common);
        BuildContext context = BuildContext.of(BuildContext.rootOf(files.get(0)));
        var options = settings.toOptions(spec, bar, context.settings());
        List<GuideOutcome> results;
        try (Renderers renderers = Renderers.open(LibraryBuild.speechCache(out))) {
            results = new LibraryBuild(FormatOption.renderers(spec, renderers, formats, context), options, out, jobs(),
                    true, formats == null || formats.isEmpty(), bar).render(files);
        }
        bar.finish();
        return ResultPrinter.print(results, common, spec.commandLine().getOut(), spec.commandLine().getErr(), start);
    }
}
