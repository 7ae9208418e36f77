package org.guidekit.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

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
        PrintWriter o = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        PrintWriter e = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        GuidekitCommand guidekit = new GuidekitCommand();
        CommandLine cli = new CommandLine(guidekit);
        cli.setOut(o);
        cli.setErr(e);
        cli.setExecutionStrategy(guidekit::execute);
        ErrorHandler handler = new ErrorHandler(guidekit.common);
        cli.setExecutionExceptionHandler(handler);
        cli.setParameterExceptionHandler(handler);
        int code = cli.execute(args);
        o.flush();
        e.flush();
        return code;
    }
}
