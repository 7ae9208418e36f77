package org.guidekit.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import picocli.CommandLine;

/**
 * Entry point: {@code java -jar guidekit.jar build}. Tests call {@link #run(PrintStream, PrintStream, String...)},
 * which never calls {@code System.exit}.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(System.out, System.err, args));
    }

    /** Runs guidekit with {@code args}, printing to {@code out} and {@code err}; returns the exit code. */
    public static int run(PrintStream out, PrintStream err, String... args) {
        PrintWriter o = new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        PrintWriter e = new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        boolean verbose = Arrays.asList(args).contains("--verbose");
        LibraryLogging.quiet(verbose);
        CommandLine cli = new CommandLine(new GuidekitCommand());
        cli.setOut(o);
        cli.setErr(e);
        ErrorHandler handler = new ErrorHandler(verbose);
        cli.setExecutionExceptionHandler(handler);
        cli.setParameterExceptionHandler(handler);
        int code = cli.execute(args);
        o.flush();
        e.flush();
        return code;
    }
}
