package org.guidekit.cli;

import java.nio.file.Path;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code guidekit build [CONTENT_DIR] [--out DIR]}: render every guide in a folder, skipping unchanged ones. */
@Command(name = "build",
        description = {"Render every guide in CONTENT_DIR into OUT/<name>/ in every format.",
            "Guides unchanged since the last build are skipped; outputs of deleted guides are removed;",
            "OUT/index.html lists every guide."})
final class BuildCommand extends Subcommand {
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
            throw usage("--jobs " + n + " must be 1 to 256");
        }
        return settings.renderAndReport(common(), content, folders.out,
                (session, bar) -> session.build(n, force, bar));
    }
}
