package org.guidekit.cli;

import java.nio.file.Path;

import org.guidekit.library.BuildContext;
import org.guidekit.library.NewGuide;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code guidekit new "Caring for your wound"}: a new guide from the template, ready to edit and check. */
@Command(name = "new",
        description = "Create CONTENT_DIR/<title-as-file-name>.md from a template that passes check and explains "
                + "every feature in notes; an existing file is never replaced.")
final class NewCommand extends Subcommand {
    @Parameters(index = "0", paramLabel = "TITLE", description = "The guide's title, in quotes.")
    String title;

    @Option(names = {"-c", "--content"}, paramLabel = "CONTENT_DIR", defaultValue = "content",
            description = "Folder of guides (default: ${DEFAULT-VALUE}).")
    Path content;

    @Override
    public Integer call() {
        var organization = BuildContext.of(content).settings().organization();
        NewGuide.Created created = NewGuide.create(content, title, organization);
        Path file = created.guide();
        if (!common().quiet) {
            out().println("Created " + file + ". Edit it, then run: guidekit check " + file);
            created.allowedSites().ifPresent(sites -> out().println("Created " + sites + ", the list of web sites "
                    + "guides may link to, with a few public health sites; a clinician should check it."));
        }
        return 0;
    }
}
