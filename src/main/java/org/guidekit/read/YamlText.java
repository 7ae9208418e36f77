package org.guidekit.read;

import java.io.Reader;

/**
 * A reader over YAML text that never ends a chunk between the two halves of a surrogate pair. SnakeYAML 2.3 fails
 * with an IndexOutOfBoundsException when an emoji straddles its 1024-character buffer (its issue 1098; found here by
 * CheckFuzzTest), which would be an internal error for a harmless title.
 */
final class YamlText extends Reader {
    private final String text;
    private int position;

    YamlText(String text) {
        this.text = text;
    }

    @Override
    public int read(char[] buffer, int offset, int length) {
        if (position >= text.length()) {
            return -1;
        }
        int n = Math.min(length, text.length() - position);
        if (n > 1 && Character.isHighSurrogate(text.charAt(position + n - 1))) {
            n--; // keep the pair together for the next read
        }
        text.getChars(position, position + n, buffer, offset);
        position += n;
        return n;
    }

    @Override
    public void close() {
        // nothing to release
    }
}
