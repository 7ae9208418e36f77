package org.guidekit.cli;

import java.io.PrintWriter;

import org.guidekit.error.ExitCode;
import org.guidekit.error.GuidekitException;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The one place errors become messages and exit codes: a {@link GuidekitException} prints its message and exits
 * with its code; anything else is a bug (exit 1). Stack traces only with {@code --verbose}.
 */
final class ErrorHandler implements IExecutionExceptionHandler, IParameterExceptionHandler {
    /** Read when an error is handled, after parsing has set {@code --verbose}. */
    private final CommonOptions common;

    ErrorHandler(CommonOptions common) {
        this.common = common;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cli, ParseResult parseResult) {
        PrintWriter err = cli.getErr();
        if (ex instanceof GuidekitException g) {
            err.println(g.getMessage());
            trace(err, ex);
            return g.exitCode();
        }
        if (ex instanceof ParameterException p) {
            return handleParseException(p, new String[0]);
        }
        err.println("guidekit: internal error: " + ex + "; this is a bug, re-run with --verbose and report it");
        trace(err, ex);
        return ExitCode.INTERNAL;
    }

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        PrintWriter err = ex.getCommandLine().getErr();
        // A word that is not one of an option's choices: our own message, not picocli's "Invalid value for ...".
        err.println("guidekit: " + (ex.getCause() instanceof Choice.Unknown ? ex.getCause() : ex).getMessage());
        // "bulid" -> "Did you mean: build?", "--sise" -> "Did you mean: --size?"
        CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
        err.println("Try: " + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help");
        return ExitCode.USAGE;
    }

    private void trace(PrintWriter err, Exception ex) {
        if (common.verbose) {
            ex.printStackTrace(err);
        }
    }
}
