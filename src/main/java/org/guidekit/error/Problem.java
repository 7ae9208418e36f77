package org.guidekit.error;

import java.util.Objects;

/**
 * One thing wrong with a file: {@code content/back.md:14: image "x.png" has no alt text; write ![description](x.png)}.
 *
 * @param file    the file as the user named it
 * @param line    1-based line, or 0 when the problem concerns the whole file
 * @param message what is wrong and what to do, separated by "; "
 */
public record Problem(String file, int line, String message) {
    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
        message = PrintableText.of(message);
    }

    /** {@code file:line: message}, or {@code file: message} without a line. */
    @Override
    public String toString() {
        String where = PrintableText.of(file);
        return line > 0 ? where + ":" + line + ": " + message : where + ": " + message;
    }
}
