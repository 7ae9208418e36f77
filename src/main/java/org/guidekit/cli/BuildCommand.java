package org.guidekit.cli;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.guidekit.library.BuildContext;
import org.guidekit.library.GuideOutcome;
import org.guidekit.library.LibraryBuild;
import org.guidekit.error.OutputException;
import org.guidekit.render.Renderers;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code guidekit build [CONTENT_DIR] [--out DIR]}: render every guide in a folder, skipping unchanged ones. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Render every guide in CONTENT_DIR into OUT/<name>/ in every format.",
            "Guides unchanged since the last build are skipped; outputs of deleted guides are removed;",
            "OUT/index.html lists every guide."})
final class BuildCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    RenderSettings settings;

    @Parameters(arity = "0..1", paramLabel = "CONTENT_DIR", defaultValue = "content",
            description = "Folder of guides (default: ${DEFAULT-VALUE}).")
    Path content;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "output",
            description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = {"-f", "--format"}, split = ",", paramLabel = "FORMAT",
            description = "Formats, comma-separated: pdf, audio, daisy, wav (default: pdf,audio,daisy).")
    List<String> formats;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N",
            description = "Guides rendered at once (default: the number of processor cores).")
    Integer jobs;

    @Option(names = "--force", description = "Render every guide, even those that are up to date.")
    boolean force;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        if (!Files.isDirectory(content)) {
            throw new OutputException(content + ": no such folder; run guidekit build from the folder that holds "
                    + "content/, or name the folder of guides", new NoSuchFileException(content.toString()));
        }
        int n = jobs == null ? Runtime.getRuntime().availableProcessors() : jobs;
        if (n < 1 || n > 256) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--jobs " + n + " must be 1 to 256");
        }
        ProgressBar bar = ProgressBar.forTerminal(spec.commandLine().getErr(), common);
        BuildContext context = BuildContext.of(content);
        var options = settings.toOptions(spec, bar, context.settings());
        List<GuideOutcome> outcomes;
        try (Renderers renderers = Renderers.open(LibraryBuild.speechCache(out))) {
            outcomes = new LibraryBuild(FormatOption.renderers(spec, renderers, formats, context), options, out, n,
                    force,
                    formats == null || formats.isEmpty(), bar).build(content);
        }
        bar.finish();
        return ResultPrinter.print(outcomes, common, spec.commandLine().getOut(), spec.commandLine().getErr(), start);
    }
}
