package org.guidekit.cli;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.guidekit.error.OutputException;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code [CONTENT_DIR] [--out DIR]} of {@code build} and {@code serve} (a picocli mixin): the folder of guides a
 * library is made from, and the folder its editions go to.
 */
final class LibraryFolders {
    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Parameters(arity = "0..1", paramLabel = "CONTENT_DIR", defaultValue = "content",
            description = "Folder of guides (default: ${DEFAULT-VALUE}).")
    Path content;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "output",
            description = "Folder the editions are written to (default: ${DEFAULT-VALUE}).")
    Path out;

    /** The folder of guides; a missing one is an I/O error that says where to run the command from. */
    Path content() {
        if (!Files.isDirectory(content)) {
            throw new OutputException(content + ": no such folder; run guidekit " + command.name() + " from the "
                    + "folder that holds content/, or name the folder of guides",
                    new NoSuchFileException(content.toString()));
        }
        return content;
    }
}
