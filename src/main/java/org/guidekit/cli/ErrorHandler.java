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
    private final boolean verbose;

    ErrorHandler(boolean verbose) {
        this.verbose = verbose;
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
        err.println("guidekit: " + ex.getMessage());
        // "bulid" -> "Did you mean: build?", "--sise" -> "Did you mean: --size?"
        CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
        err.println("Try: " + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help");
        return ExitCode.USAGE;
    }

    private void trace(PrintWriter err, Exception ex) {
        if (verbose) {
            ex.printStackTrace(err);
        }
    }
}
