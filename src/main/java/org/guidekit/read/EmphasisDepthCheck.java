package org.guidekit.read;

/**
 * Refuses emphasis marks ({@code *} and {@code _}) opened thousands deep before the Markdown parser sees them: the
 * parser's tree walk recurses once per level and overflows the stack. Counts, per paragraph (until a blank line), the
 * marks that may open emphasis minus those that can only close it; a real guide never has more than a handful open.
 * One pass over the text, no regular expression.
 */
final class EmphasisDepthCheck {
    private EmphasisDepthCheck() {
    }

    static void check(String body, int bodyLine, int max, Problems problems) {
        int open = 0;
        int line = bodyLine;
        boolean blankLine = true;
        int n = body.length();
        for (int i = 0; i < n; ) {
            char c = body.charAt(i);
            if (c == '\n') {
                if (blankLine) {
                    open = 0; // a blank line ends the paragraph, and with it every open mark
                }
                blankLine = true;
                line++;
                i++;
                continue;
            }
            if (!Character.isWhitespace(c)) {
                blankLine = false;
            }
            if (c != '*' && c != '_') {
                i++;
                continue;
            }
            int end = i;
            while (end < n && body.charAt(end) == c) {
                end++;
            }
            char before = i == 0 ? ' ' : body.charAt(i - 1);
            char after = end == n ? ' ' : body.charAt(end);
            boolean opens = !Character.isWhitespace(after);
            boolean closes = !Character.isWhitespace(before);
            if (opens && !(closes && c == '_')) {
                open += end - i;
            } else if (closes) {
                open = Math.max(0, open - (end - i));
            }
            if (open > max) {
                problems.add(line, "emphasis marks (* or _) are opened more than " + max + " deep here; simplify "
                        + "the formatting: use **bold** for a few words at a time, and close every * you open");
                return;
            }
            i = end;
        }
    }
}
