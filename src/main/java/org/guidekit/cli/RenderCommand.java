package org.guidekit.cli;

import java.nio.file.Path;
import java.util.List;

import org.guidekit.library.BuildContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code guidekit render FILE... --format pdf,audio --out DIR}. */
@Command(name = "render",
        description = "Render guide files into DIR/<name>/ in the chosen formats.")
final class RenderCommand extends Subcommand {
    @Mixin
    RenderSettings settings;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Guide files (.md).")
    List<Path> files;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "output",
            description = "Folder the editions are written to (default: ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public Integer call() {
        // Named files are always rendered; the settings are those of the first file's content folder.
        return settings.renderAndReport(common(), BuildContext.rootOf(files.get(0)), out,
                (session, bar) -> session.render(files, bar));
    }
}
