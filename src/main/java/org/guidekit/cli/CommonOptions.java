package org.guidekit.cli;

import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * Options of {@code guidekit} that every subcommand inherits, so they work before or after its name
 * ({@code guidekit --verbose build} and {@code guidekit build --verbose}). Declared once, on {@link GuidekitCommand};
 * a subcommand reads them there (its {@code @ParentCommand}).
 */
final class CommonOptions {
    @Option(names = "--verbose", scope = ScopeType.INHERIT, description = "Print details, and stack traces of errors.")
    boolean verbose;

    @Option(names = {"-q", "--quiet"}, scope = ScopeType.INHERIT, description = "Print only errors (for scripts).")
    boolean quiet;
}
