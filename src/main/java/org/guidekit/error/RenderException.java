package org.guidekit.error;

/**
 * A renderer could not produce its output for a valid guide (exit code 4), e.g. the font lacks a character.
 * The message says which guide, where and what to do.
 */
public final class RenderException extends GuidekitException {
    private static final long serialVersionUID = 1L;

    public RenderException(String message) {
        super(message, null);
    }

    public RenderException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public int exitCode() {
        return ExitCode.RENDER_FAILED;
    }
}
