package org.guidekit.serve;

import org.guidekit.render.xml.XmlEscaping;

/** Escaping for text and attribute values in the workspace's server-side HTML. */
final class Html {
    private Html() {
    }

    /**
     * {@code s} safe inside element content and double-quoted attribute values (the workspace writes no other
     * kind), escaped as every other page and book guidekit writes.
     */
    static String esc(Object s) {
        return XmlEscaping.attribute(String.valueOf(s));
    }

    /** {@code s} as a URL query value. */
    static String url(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
