package org.guidekit.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.guidekit.library.BuildContext;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code guidekit build [CONTENT_DIR] [--out DIR]}: render every guide in a folder, skipping unchanged ones. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Render every guide in CONTENT_DIR into OUT/<name>/ in every format.",
            "Guides unchanged since the last build are skipped; outputs of deleted guides are removed;",
            "OUT/index.html lists every guide."})
final class BuildCommand implements Callable<Integer> {
    @ParentCommand
    GuidekitCommand guidekit;

    @Spec
    CommandSpec spec;

    @Mixin
    LibraryFolders folders;

    @Mixin
    RenderSettings settings;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N",
            description = "Guides rendered at once (default: the number of processor cores).")
    Integer jobs;

    @Option(names = "--force", description = "Render every guide, even those that are up to date.")
    boolean force;

    @Override
    public Integer call() {
        Path content = folders.content();
        int n = jobs == null ? Runtime.getRuntime().availableProcessors() : jobs;
        if (n < 1 || n > 256) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--jobs " + n + " must be 1 to 256");
        }
        return settings.renderAndReport(guidekit.common, BuildContext.of(content), folders.out, n, force,
                build -> build.build(content));
    }
}
