package org.guidekit.error;

/** Base of the errors guidekit reports to users; each knows its exit code. */
public abstract class GuidekitException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    protected GuidekitException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The process exit code for this error. */
    public abstract int exitCode();
}
