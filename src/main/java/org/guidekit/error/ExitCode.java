package org.guidekit.error;

/** The process exit codes, as documented in the README. */
public final class ExitCode {
    public static final int OK = 0;
    public static final int INTERNAL = 1;
    public static final int USAGE = 2;
    public static final int INVALID_CONTENT = 3;
    public static final int RENDER_FAILED = 4;
    public static final int IO = 5;

    private ExitCode() {
    }
}
