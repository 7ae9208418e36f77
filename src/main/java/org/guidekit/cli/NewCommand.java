package org.guidekit.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import org.guidekit.library.BuildContext;
import org.guidekit.library.NewGuide;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code guidekit new "Caring for your wound"}: a new guide from the template, ready to edit and check. */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = {"Create CONTENT_DIR/<title-as-file-name>.md from a template that passes check and explains",
            "every feature in notes. An existing file is never replaced."})
final class NewCommand implements Callable<Integer> {
    @ParentCommand
    GuidekitCommand guidekit;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "TITLE", description = "The guide's title, in quotes.")
    String title;

    @Option(names = {"-c", "--content"}, paramLabel = "CONTENT_DIR", defaultValue = "content",
            description = "Folder of guides (default: ${DEFAULT-VALUE}).")
    Path content;

    @Override
    public Integer call() {
        var organization = BuildContext.of(content).settings().organization();
        Path file = NewGuide.create(content, title, organization, LocalDate.now());
        if (!guidekit.common.quiet) {
            spec.commandLine().getOut().println("Created " + file + ". Edit it, then run: guidekit check " + file);
        }
        return 0;
    }
}
