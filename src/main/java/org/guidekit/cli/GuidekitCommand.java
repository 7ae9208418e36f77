package org.guidekit.cli;

import org.guidekit.GuidekitVersion;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The top-level {@code guidekit} command: the subcommands, the options they all inherit, help and version. */
@Command(name = "guidekit", scope = ScopeType.INHERIT,
        mixinStandardHelpOptions = true,
        versionProvider = GuidekitCommand.Version.class,
        description = "Render patient guides written in Markdown into large-print PDF handouts, spoken audio and braille.",
        subcommands = {CheckCommand.class, RenderCommand.class, BuildCommand.class, ImportCommand.class,
            NewCommand.class, ServeCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:everything worked",
            "1:internal error (a bug: re-run with --verbose and report it)",
            "2:usage error (unknown option or format)",
            "3:invalid content (a guide has problems; each is printed as file:line: message)",
            "4:render failed (e.g. the font lacks a character)",
            "5:cannot read or write a file"})
final class GuidekitCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "say what to do: build, check, render, new, serve, import or help");
    }

    /**
     * picocli's execution strategy: once the arguments are parsed (so {@code --verbose} is known wherever it was
     * typed) and before any command runs, set up the libraries' logging; then run the last command named.
     */
    int execute(ParseResult parsed) {
        LibraryLogging.setUp(common.verbose);
        return new CommandLine.RunLast().execute(parsed);
    }

    /** The version Maven wrote into the jar. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"guidekit " + GuidekitVersion.get()};
        }
    }
}
