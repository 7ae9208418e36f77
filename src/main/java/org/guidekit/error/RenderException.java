package org.guidekit.error;

/**
 * A renderer could not produce its output for a valid guide (exit code 4), e.g. the font lacks a character.
 * The message says which guide, where and what to do.
 */
public final class RenderException extends GuidekitException {
    private static final long serialVersionUID = 1L;
    private final transient Problem problem;

    public RenderException(String message) {
        super(message, null);
        this.problem = null;
    }

    /** A failure caused by one place in a guide, which {@code check} reports as a finding at that line. */
    public RenderException(Problem problem, Throwable cause) {
        super(problem.toString(), cause);
        this.problem = problem;
    }

    /** Where in the guide the cause is, when it is one place in a guide. */
    public java.util.Optional<Problem> problem() {
        return java.util.Optional.ofNullable(problem);
    }

    public RenderException(String message, Throwable cause) {
        super(message, cause);
        this.problem = null;
    }

    @Override
    public int exitCode() {
        return ExitCode.RENDER_FAILED;
    }
}
