package org.guidekit.error;

import java.io.IOException;

/** Reading or writing a file failed (exit code 5); the message names the file. */
public final class OutputException extends GuidekitException {
    private static final long serialVersionUID = 1L;

    public OutputException(String message, IOException cause) {
        super(message, cause);
    }

    @Override
    public int exitCode() {
        return ExitCode.IO;
    }
}
