package org.guidekit.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The front matter lines ({@code title: …}), quoting values only where YAML would misread them. */
final class FrontMatterLines {
    private FrontMatterLines() {
    }

    static List<String> of(String title, String subtitle, String language, String organization) {
        List<String> lines = new ArrayList<>();
        lines.add("title: " + scalar(title));
        if (subtitle != null) {
            lines.add("subtitle: " + scalar(subtitle));
        }
        if (language != null) {
            lines.add("language: " + language);
        }
        if (organization != null) {
            lines.add("organization: " + scalar(organization));
        }
        return lines;
    }

    /** A YAML scalar: plain when safe, else double-quoted with escapes. */
    static String scalar(String value) {
        String v = value.strip();
        boolean plain = !v.isEmpty() && v.matches("[A-Za-z0-9(][^#]*") && !v.contains(": ") && !v.endsWith(":")
                && !v.matches("(?i)(yes|no|true|false|on|off|null|y|n|~)") && !v.matches("[-+0-9.:_ ]+")
                && v.chars().allMatch(c -> c >= 0x20 && c != '"' && c != '\\' && c != '\'' && c != '\u2028');
        if (plain) {
            return v;
        }
        StringBuilder sb = new StringBuilder("\"");
        for (char c : v.toCharArray()) {
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20) {
                sb.append(String.format(Locale.ROOT, "\\x%02x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.append('"').toString();
    }
}
