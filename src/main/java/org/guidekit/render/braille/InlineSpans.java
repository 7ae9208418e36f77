package org.guidekit.render.braille;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.guidekit.model.ContentWalker;
import org.guidekit.model.Emphasis;
import org.guidekit.model.Inline;
import org.guidekit.model.Inlines;
import org.guidekit.model.LineBreak;
import org.guidekit.model.Link;
import org.guidekit.model.Strong;
import org.guidekit.model.Text;

/**
 * The model's inlines as spans: bold and italic as typeforms, web and e-mail addresses as computer spans (UEB
 * writes them uncontracted), a link's address after its text when the text is something else (as the handout
 * prints it), every run of white space as one space.
 */
final class InlineSpans extends ContentWalker<RuntimeException> {
    /** Web addresses (with a scheme or starting www.) and e-mail addresses inside running text. */
    private static final Pattern ADDRESS = Pattern.compile(
            // The e-mail part starts only where a run of address characters starts and gives nothing back, so a
            // 100,000-character word costs one pass, not one per start.
            "(?i)\\b(?:https?://[^\\s]+|www\\.[^\\s]+|(?<![a-z0-9._%+-])[a-z0-9._%+-]++@[a-z0-9-]+(?:\\.[a-z0-9-]+){1,10})");
    /** Sentence punctuation after an address belongs to the sentence. */
    private static final Pattern TRAILING = Pattern.compile("[.,;:!?)\\]'\"]+$");

    private final List<Span> spans = new ArrayList<>();
    /** The typeform of the text being walked: bold inside strong, italic inside emphasis (bold wins). */
    private Span.Emphasis emphasis = Span.Emphasis.NONE;

    private InlineSpans() {
    }

    /** The spans of {@code inlines}, white space folded, leading and trailing space removed. */
    static List<Span> of(List<Inline> inlines) {
        InlineSpans s = new InlineSpans();
        s.walkInlines(inlines);
        return trim(s.spans);
    }

    /** The spans of plain print text (labels, alt text, table headings). */
    static List<Span> ofText(String text) {
        InlineSpans s = new InlineSpans();
        s.text(text, Span.Emphasis.NONE);
        return trim(s.spans);
    }

    /** The print text of some spans, for proofreading. */
    static String print(List<Span> spans) {
        StringBuilder sb = new StringBuilder();
        for (Span s : spans) {
            switch (s.kind()) {
                case TEXT, COMPUTER -> sb.append(s.text());
                case LINE_BREAK -> sb.append(' ');
                case BRAILLE -> { } // indicators have no print
            }
        }
        return sb.toString().strip();
    }

    @Override
    protected void visitText(Text t) {
        text(t.text(), emphasis);
    }

    @Override
    protected void visitStrong(Strong s) {
        within(Span.Emphasis.BOLD, s.content());
    }

    @Override
    protected void visitEmphasis(Emphasis e) {
        within(emphasis == Span.Emphasis.BOLD ? emphasis : Span.Emphasis.ITALIC, e.content());
    }

    /** The link text, then its address in brackets when the text is something else. */
    @Override
    protected void visitLink(Link link) {
        super.visitLink(link);
        String shown = link.shownAddress();
        if (!Inlines.plainText(link.content()).strip().equals(shown)) {
            text(" (", emphasis);
            spans.add(new Span(shown, link.destination().startsWith("tel:") ? Span.Kind.TEXT : Span.Kind.COMPUTER,
                    Span.Emphasis.NONE));
            text(")", emphasis);
        }
    }

    @Override
    protected void visitLineBreak(LineBreak lineBreak) {
        spans.add(new Span("\n", Span.Kind.LINE_BREAK, Span.Emphasis.NONE));
    }

    private void within(Span.Emphasis inner, List<Inline> content) {
        Span.Emphasis outer = emphasis;
        emphasis = inner;
        walkInlines(content);
        emphasis = outer;
    }

    private void text(String raw, Span.Emphasis emphasis) {
        String text = raw.replaceAll("[\\s\\p{Z}]+", " ");
        Matcher m = ADDRESS.matcher(text);
        int at = 0;
        while (m.find()) {
            String address = m.group();
            Matcher tail = TRAILING.matcher(address);
            int end = tail.find() ? m.end() - tail.group().length() : m.end();
            if (end <= m.start()) {
                continue;
            }
            append(text.substring(at, m.start()), Span.Kind.TEXT, emphasis);
            append(text.substring(m.start(), end), Span.Kind.COMPUTER, Span.Emphasis.NONE);
            at = end;
        }
        append(text.substring(at), Span.Kind.TEXT, emphasis);
    }

    /** Adds text, joining it to the previous span of the same kind and emphasis, with single spaces. */
    private void append(String text, Span.Kind kind, Span.Emphasis emphasis) {
        if (text.isEmpty()) {
            return;
        }
        if (!spans.isEmpty()) {
            Span last = spans.get(spans.size() - 1);
            if (text.startsWith(" ") && (last.text().endsWith(" ") || last.kind() == Span.Kind.LINE_BREAK)) {
                text = text.substring(1);
            }
            if (last.kind() == kind && last.emphasis() == emphasis && kind == Span.Kind.TEXT) {
                spans.set(spans.size() - 1, new Span(last.text() + text, kind, emphasis));
                return;
            }
        }
        if (!text.isEmpty()) {
            spans.add(new Span(text, kind, emphasis));
        }
    }

    /** Leading and trailing spaces and line breaks removed. */
    private static List<Span> trim(List<Span> spans) {
        List<Span> out = new ArrayList<>(spans);
        while (!out.isEmpty() && (out.get(0).kind() == Span.Kind.LINE_BREAK || out.get(0).text().isBlank())) {
            out.remove(0);
        }
        while (!out.isEmpty() && (out.get(out.size() - 1).kind() == Span.Kind.LINE_BREAK
                || out.get(out.size() - 1).text().isBlank())) {
            out.remove(out.size() - 1);
        }
        if (!out.isEmpty()) {
            Span first = out.get(0);
            out.set(0, new Span(first.text().stripLeading(), first.kind(), first.emphasis()));
            Span last = out.get(out.size() - 1);
            out.set(out.size() - 1, new Span(last.text().stripTrailing(), last.kind(), last.emphasis()));
        }
        return List.copyOf(out);
    }
}
