package org.guidekit.read;

/**
 * Refuses a "word" (a run of characters without a space) longer than any real word or web address before anything
 * else reads the text: no printed line, braille line or voice can carry it, and every later stage would pay for it
 * (the braille translator alone takes seconds on one of 100,000 characters). Found in one linear pass.
 */
final class LongWordCheck {
    /** Far above a long web address with its path; a clinic's longest drug name is under 40 letters. */
    static final int MAX = 300;

    private LongWordCheck() {
    }

    static void check(String body, int bodyLine, Problems problems) {
        int line = bodyLine;
        int run = 0;
        int start = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\n') {
                line++;
            }
            if (Character.isWhitespace(c)) {
                run = 0;
                continue;
            }
            if (run++ == 0) {
                start = i;
            }
            if (run == MAX + 1) {
                int end = start;
                while (end < body.length() && !Character.isWhitespace(body.charAt(end))) {
                    end++;
                }
                problems.add(line, "this line holds a run of " + (end - start) + " characters without a space (\""
                        + body.substring(start, start + 20) + "...\"), longer than any word or web address; break "
                        + "it into words, or remove it if it was pasted by mistake");
                i = end - 1;
                run = 0;
            }
        }
    }
}
