package org.guidekit.serve;

/** Escaping for text and attribute values in the workspace's server-side HTML. */
final class Html {
    private Html() {
    }

    /** {@code s} safe inside element content and double-quoted attribute values. */
    static String esc(Object s) {
        String t = String.valueOf(s);
        StringBuilder b = new StringBuilder(t.length() + 16);
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** {@code s} as a URL query value. */
    static String url(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
