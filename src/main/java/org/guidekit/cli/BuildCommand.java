package org.guidekit.cli;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.guidekit.build.GuideFiles;
import org.guidekit.build.GuideResult;
import org.guidekit.build.LibraryRender;
import org.guidekit.error.OutputException;
import org.guidekit.render.Progress;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code guidekit build [CONTENT_DIR] [--out DIR]}: render every guide in a folder. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Render every guide in CONTENT_DIR into OUT/<name>/ in every format.")
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
            description = "Formats to render, comma-separated (default: all).")
    List<String> formats;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        if (!Files.isDirectory(content)) {
            throw new OutputException(content + ": no such folder; run guidekit build from the folder that holds "
                    + "content/, or name the folder of guides", new NoSuchFileException(content.toString()));
        }
        var renderers = FormatOption.renderers(spec, formats);
        var options = settings.toOptions(spec, Progress.NONE);
        List<Path> files = GuideFiles.find(List.of(content));
        List<GuideResult> results = new LibraryRender(renderers, options, out).render(files);
        return ResultPrinter.print(results, common, spec.commandLine().getOut(), spec.commandLine().getErr(), start);
    }
}
