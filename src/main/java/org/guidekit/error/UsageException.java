package org.guidekit.error;

/**
 * A request guidekit refuses because doing it as asked would lose work, such as a build of one content folder
 * into an output folder made from another (exit code 2, like any other usage error). The message says how to
 * proceed.
 */
public final class UsageException extends GuidekitException {
    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message, null);
    }

    @Override
    public int exitCode() {
        return ExitCode.USAGE;
    }
}
