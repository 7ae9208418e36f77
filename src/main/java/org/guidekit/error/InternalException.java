package org.guidekit.error;

/**
 * A bug in guidekit met while working on one guide (exit code 1). The build reports it for that guide and goes on
 * with the others; the cause's stack trace is printed with {@code --verbose}.
 */
public final class InternalException extends GuidekitException {
    private static final long serialVersionUID = 1L;

    public InternalException(String where, Throwable cause) {
        super(where + ": internal error (" + cause.getClass().getSimpleName() + "); this is a bug in guidekit, "
                + "not in the guide: run again with --verbose and report the output", cause);
    }

    @Override
    public int exitCode() {
        return ExitCode.INTERNAL;
    }
}
