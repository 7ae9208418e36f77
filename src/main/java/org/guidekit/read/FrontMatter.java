package org.guidekit.read;

import org.guidekit.error.ContentException;
import org.guidekit.error.Problem;

/**
 * Splits a guide into its YAML front matter and its Markdown body.
 *
 * @param yaml      the text between the {@code ---} lines
 * @param body      the Markdown after the closing line
 * @param bodyLine  1-based line number of the body's first line in the file
 */
record FrontMatter(String yaml, String body, int bodyLine) {
    /** Front matter is a few lines; anything this big is a mistake or an attack on the YAML parser. */
    static final int MAX_CHARS = 64 * 1024;

    static FrontMatter split(String text, String file) {
        String[] lines = text.split("\n", -1);
        if (!lines[0].strip().equals("---")) {
            throw error(file, 1, "the guide has no front matter; start the file with a line ---, then "
                    + "title: Your title, then a line ---");
        }
        int chars = 0;
        for (int i = 1; i < lines.length; i++) {
            String l = lines[i].strip();
            if (l.equals("---") || l.equals("...")) {
                String yaml = String.join("\n", java.util.Arrays.copyOfRange(lines, 1, i));
                String body = String.join("\n", java.util.Arrays.copyOfRange(lines, i + 1, lines.length));
                return new FrontMatter(yaml, body, i + 2);
            }
            chars += lines[i].length() + 1;
            if (chars > MAX_CHARS) {
                break;
            }
        }
        if (chars > MAX_CHARS) {
            throw error(file, 1, "the front matter is longer than " + MAX_CHARS / 1024 + " KB or is not closed; "
                    + "keep it to a few lines and end it with a line ---");
        }
        throw error(file, 1, "the front matter is not closed; add a line --- after the title and other settings");
    }

    private static ContentException error(String file, int line, String message) {
        return new ContentException(new Problem(file, line, message));
    }
}
