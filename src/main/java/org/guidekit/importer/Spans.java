package org.guidekit.importer;

import java.util.ArrayList;
import java.util.List;

/** Small functions over span lists: tidy whitespace, drop leading characters, read the plain text. */
final class Spans {
    private Spans() {
    }

    static String text(List<Span> spans) {
        StringBuilder sb = new StringBuilder();
        for (Span s : spans) {
            sb.append(s.isBreak() ? " " : s.text());
        }
        return sb.toString();
    }

    /**
     * Merges neighbours that look the same, collapses runs of spaces (also across spans), and trims the start and
     * end of the paragraph and of each line; line breaks at the start or end are dropped.
     */
    static List<Span> tidy(List<Span> in) {
        List<Span> merged = new ArrayList<>();
        for (Span s : in) {
            if (s.text().isEmpty()) {
                continue;
            }
            Span last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && last.sameLook(s)) {
                merged.set(merged.size() - 1, last.withText(last.text() + s.text()));
            } else {
                merged.add(s);
            }
        }
        List<Span> out = new ArrayList<>();
        boolean lineStart = true;
        boolean spaceBefore = false;
        for (Span s : merged) {
            if (s.isBreak()) {
                trimEnd(out);
                if (!out.isEmpty() && !out.get(out.size() - 1).isBreak()) {
                    out.add(s);
                }
                lineStart = true;
                continue;
            }
            String t = s.text().replaceAll("\\s+", " ");
            if (lineStart || spaceBefore) {
                t = t.replaceFirst("^ ", "");
            }
            if (t.isEmpty()) {
                continue;
            }
            out.add(s.withText(t));
            lineStart = false;
            spaceBefore = t.endsWith(" ");
        }
        trimEnd(out);
        while (!out.isEmpty() && out.get(out.size() - 1).isBreak()) {
            out.remove(out.size() - 1);
            trimEnd(out);
        }
        return out;
    }

    private static void trimEnd(List<Span> out) {
        while (!out.isEmpty() && !out.get(out.size() - 1).isBreak()) {
            Span last = out.get(out.size() - 1);
            String t = last.text().stripTrailing();
            if (t.isEmpty()) {
                out.remove(out.size() - 1);
            } else {
                out.set(out.size() - 1, last.withText(t));
                return;
            }
        }
    }

    /** The spans without their first {@code n} characters (a list marker or a label). */
    static List<Span> dropChars(List<Span> spans, int n) {
        List<Span> out = new ArrayList<>();
        int left = n;
        for (Span s : spans) {
            if (left <= 0) {
                out.add(s);
            } else if (s.isBreak()) {
                left--;
            } else if (s.text().length() <= left) {
                left -= s.text().length();
            } else {
                out.add(s.withText(s.text().substring(left)));
                left = 0;
            }
        }
        return out;
    }

    /** Whether all visible text is bold (a label or a title line). */
    static boolean allBold(List<Span> spans) {
        boolean any = false;
        for (Span s : spans) {
            if (s.isBreak()) {
                return false;
            }
            if (!s.text().isBlank()) {
                if (!s.bold()) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    /** The same text without line breaks (for table cells). */
    static List<Span> oneLine(List<Span> spans) {
        List<Span> out = new ArrayList<>();
        for (Span s : spans) {
            out.add(s.isBreak() ? Span.plain(" ") : s);
        }
        return tidy(out);
    }

    /** The same text, bold (a too-deep heading kept as a bold line). */
    static List<Span> bold(List<Span> spans) {
        List<Span> out = new ArrayList<>();
        for (Span s : spans) {
            out.add(s.isBreak() ? s : new Span(s.text(), true, s.italic(), s.link()));
        }
        return out;
    }
}
