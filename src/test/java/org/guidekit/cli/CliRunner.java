package org.guidekit.cli;

import java.nio.file.Path;

/** For tests in other packages: runs {@code guidekit check FILE} through {@link Main#run}. */
public final class CliRunner {
    private CliRunner() {
    }

    public static CliRun check(Path file) {
        return CliRun.of("check", file.toString());
    }
}
