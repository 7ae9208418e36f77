package org.guidekit.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * What every {@code guidekit} subcommand has: the options it inherits from {@link GuidekitCommand}, where to print,
 * and usage errors that picocli reports with a "Try: guidekit NAME --help" line (exit 2). picocli fills the fields.
 */
abstract class Subcommand implements Callable<Integer> {
    @ParentCommand
    GuidekitCommand guidekit;

    @Spec
    CommandSpec spec;

    CommonOptions common() {
        return guidekit.common;
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** A mistake in the arguments: thrown, it exits 2 with {@code message}. */
    CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
