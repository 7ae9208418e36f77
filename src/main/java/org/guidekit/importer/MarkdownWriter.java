package org.guidekit.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;


/**
 * Writes the parts as guide Markdown, escaping Word text so it is read back as the same text (a leading "1." or
 * "#", a "*" or "<" stays text), and gives each part's findings the line it starts on.
 */
final class MarkdownWriter {
    private static final Pattern ENTITY = Pattern.compile("&(?=[A-Za-z0-9#]+;)");
    private static final Pattern ORDERED_START = Pattern.compile("^(\\d{1,9})([.)])");
    private final List<String> lines = new ArrayList<>();

    /** The whole file: front matter, then the parts separated by blank lines. */
    static String write(List<String> frontMatter, List<Part> parts) {
        MarkdownWriter w = new MarkdownWriter();
        w.lines.add("---");
        w.lines.addAll(frontMatter);
        w.lines.add("---");
        boolean first = true;
        for (Part p : parts) {
            if (!first) {
                w.lines.add("");
            }
            first = false;
            w.part(p, "");
        }
        return String.join("\n", w.lines) + "\n";
    }

    private int nextLine() {
        return lines.size() + 1;
    }

    private void place(List<Note> notes) {
        for (Note n : notes) {
            n.line = nextLine();
        }
    }

    private void part(Part p, String prefix) {
        place(p.notes());
        if (p instanceof Part.Heading h) {
            lines.add(prefix + "#".repeat(h.level()) + " " + escape(h.text(), false));
        } else if (p instanceof Part.Para para) {
            addLines(prefix, "", "", inline(para.spans()));
        } else if (p instanceof Part.ListPart list) {
            list(list, prefix);
        } else if (p instanceof Part.Callout c) {
            callout(c, prefix);
        } else if (p instanceof Part.Figure f) {
            lines.add(prefix + "![" + escape(f.alt(), false) + "](" + f.src() + ")");
        } else if (p instanceof Part.TablePart t) {
            table(t, prefix);
        }
    }

    private void list(Part.ListPart list, String prefix) {
        int n = list.start();
        for (Part.Item item : list.items()) {
            place(item.notes());
            String marker = list.ordered() ? (n++) + ". " : "- ";
            addLines(prefix, marker, " ".repeat(marker.length()), inline(item.spans()));
            for (Part.ListPart nested : item.nested()) {
                list(nested, prefix + " ".repeat(marker.length()));
            }
        }
    }

    private void callout(Part.Callout c, String prefix) {
        String quote = prefix + "> ";
        lines.add(quote + "[!" + c.kind().name() + "]" + (c.title() == null ? "" : " " + escape(c.title(), false)));
        for (int i = 0; i < c.blocks().size(); i++) {
            Part p = c.blocks().get(i);
            // Text may follow the marker line directly; other blocks get a blank quote line first, so that a
            // numbered list starting at 3 is never taken as text.
            boolean direct = i == 0 && (p instanceof Part.Para
                    || p instanceof Part.ListPart l && (!l.ordered() || l.start() == 1));
            if (!direct) {
                lines.add(prefix + ">");
            }
            part(p, quote);
        }
    }

    private void table(Part.TablePart t, String prefix) {
        boolean header = true;
        for (List<List<Span>> row : t.rows()) {
            StringBuilder sb = new StringBuilder(prefix + "|");
            for (List<Span> cell : row) {
                String text = String.join(" ", inline(Spans.oneLine(cell))).replace("|", "\\|");
                sb.append(' ').append(text).append(text.isEmpty() ? "|" : " |");
            }
            lines.add(sb.toString());
            if (header) {
                lines.add(prefix + "|" + "---|".repeat(row.size()));
                header = false;
            }
        }
    }

    /** Writes a paragraph's lines: the first after {@code marker}, the rest indented by {@code indent}. */
    private void addLines(String prefix, String marker, String indent, List<String> text) {
        for (int i = 0; i < text.size(); i++) {
            lines.add(prefix + (i == 0 ? marker : indent) + text.get(i) + (i + 1 < text.size() ? "\\" : ""));
        }
    }

    /** A paragraph's Markdown, one string per line (Word's manual line breaks). */
    static List<String> inline(List<Span> spans) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < spans.size(); i++) {
            Span s = spans.get(i);
            if (s.isBreak()) {
                out.add(line.toString());
                line.setLength(0);
                continue;
            }
            int j = i;
            while (j + 1 < spans.size() && !spans.get(j + 1).isBreak()
                    && java.util.Objects.equals(spans.get(j + 1).link(), s.link())) {
                j++;
            }
            String content = formatted(spans.subList(i, j + 1), line.length() == 0 && s.link() == null);
            line.append(s.link() == null ? content : "[" + content + "](" + destination(s.link()) + ")");
            i = j;
        }
        out.add(line.toString());
        return out;
    }

    /** Spans of one link (or none) with their marks: bold runs outside, italic runs inside them. */
    private static String formatted(List<Span> spans, boolean lineStart) {
        return runs(spans, true, lineStart);
    }

    private static String runs(List<Span> spans, boolean byBold, boolean lineStart) {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < spans.size()) {
            boolean on = byBold ? spans.get(i).bold() : spans.get(i).italic();
            int j = i;
            while (j + 1 < spans.size() && (byBold ? spans.get(j + 1).bold() : spans.get(j + 1).italic()) == on) {
                j++;
            }
            List<Span> run = spans.subList(i, j + 1);
            String before = i > 0 ? last(spans.get(i - 1).text()) : "";
            String after = j + 1 < spans.size() ? first(spans.get(j + 1).text()) : "";
            boolean atStart = lineStart && sb.length() == 0;
            if (!on) {
                sb.append(byBold ? runs(run, false, atStart) : escape(Spans.text(run), atStart));
            } else {
                sb.append(wrap(byBold ? "**" : "*", run, before, after, atStart, byBold));
            }
            i = j + 1;
        }
        return sb.toString();
    }

    /**
     * Emphasis must open before a non-space and close after one, and punctuation just inside the marks with a
     * letter just outside would stop them opening or closing; such spaces and punctuation are moved outside.
     */
    private static String wrap(String marks, List<Span> run, String before, String after, boolean atStart,
                               boolean inner) {
        String text = Spans.text(run);
        int lead = text.length() - text.stripLeading().length();
        if (lead == 0 && isWordChar(before)) {
            while (lead < text.length() && isPunct(text.charAt(lead))) {
                lead++;
            }
        }
        int trail = text.length() - text.stripTrailing().length();
        if (trail == 0 && isWordChar(after)) {
            while (trail < text.length() - lead && isPunct(text.charAt(text.length() - 1 - trail))) {
                trail++;
            }
        }
        if (lead + trail >= text.length() || text.isBlank()) {
            return escape(text, atStart);
        }
        List<Span> core = dropEnd(Spans.dropChars(run, lead), trail);
        String body = inner ? runs(core, false, false) : escape(Spans.text(core), false);
        return escape(text.substring(0, lead), atStart) + marks + body + new StringBuilder(marks).reverse()
                + escape(text.substring(text.length() - trail), false);
    }

    private static List<Span> dropEnd(List<Span> spans, int n) {
        List<Span> out = new ArrayList<>(spans);
        int left = n;
        while (left > 0 && !out.isEmpty()) {
            Span s = out.remove(out.size() - 1);
            if (s.text().length() > left) {
                out.add(s.withText(s.text().substring(0, s.text().length() - left)));
                left = 0;
            } else {
                left -= s.text().length();
            }
        }
        return out;
    }

    private static String last(String s) {
        return s.isEmpty() ? "" : s.substring(s.length() - 1);
    }

    private static String first(String s) {
        return s.isEmpty() ? "" : s.substring(0, 1);
    }

    private static boolean isWordChar(String c) {
        return !c.isEmpty() && Character.isLetterOrDigit(c.charAt(0));
    }

    private static boolean isPunct(char c) {
        return !Character.isLetterOrDigit(c) && !Character.isWhitespace(c);
    }

    /** Text as Markdown that reads back as the same text. */
    static String escape(String text, boolean lineStart) {
        StringBuilder sb = new StringBuilder();
        for (char c : text.toCharArray()) {
            if ("\\`*_[]<>".indexOf(c) >= 0) {
                sb.append('\\');
            }
            sb.append(c);
        }
        String s = ENTITY.matcher(sb).replaceAll("\\\\&");
        if (lineStart) {
            s = s.replaceFirst("^\\s+", "");
            if (!s.isEmpty() && "#>-+=".indexOf(s.charAt(0)) >= 0) {
                s = "\\" + s;
            }
            s = ORDERED_START.matcher(s).replaceFirst("$1\\\\$2");
        }
        return s;
    }

    /** A link destination with the characters that would end it percent-encoded. */
    static String destination(String url) {
        return url.strip().replace(" ", "%20").replace("(", "%28").replace(")", "%29").replace("<", "%3C")
                .replace(">", "%3E");
    }
}
