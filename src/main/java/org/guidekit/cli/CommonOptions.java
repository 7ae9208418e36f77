package org.guidekit.cli;

import picocli.CommandLine.Option;

/** Options every subcommand shares (a picocli mixin). */
final class CommonOptions {
    @Option(names = "--verbose", description = "Print details, and stack traces of errors.")
    boolean verbose;

    @Option(names = {"-q", "--quiet"}, description = "Print only errors (for scripts).")
    boolean quiet;
}
