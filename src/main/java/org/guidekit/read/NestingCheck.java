package org.guidekit.read;

/**
 * Refuses absurdly deep nesting (hundreds of {@code >} or list indents) before the Markdown parser sees it,
 * so hostile or broken files cost bounded time and stack.
 */
final class NestingCheck {
    private NestingCheck() {
    }

    static void check(String body, int bodyLine, int max, Problems problems) {
        String[] lines = body.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (depth(lines[i]) > max) {
                problems.add(bodyLine + i, "this line is nested more than " + max + " levels deep (quotes or "
                        + "indented lists); guides use at most a list inside a list or a callout");
                return;
            }
        }
    }

    /**
     * Quote markers, bullet markers and list-indent steps (every 2 columns of leading space) at the start of a line:
     * "> > text", "- - - item" and deeply indented items all nest.
     */
    private static int depth(String line) {
        int depth = 0;
        int spaces = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            boolean bullet = (c == '-' || c == '*' || c == '+') && i + 1 < line.length() && line.charAt(i + 1) == ' ';
            if (c == '>' || bullet) {
                depth++;
            } else if (c == ' ') {
                spaces++;
            } else if (c == '\t') {
                spaces += 4;
            } else {
                break;
            }
        }
        return depth + spaces / 2;
    }
}
