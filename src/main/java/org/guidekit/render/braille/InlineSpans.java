package org.guidekit.render.braille;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * prints it), write-in blanks as braille cells, every run of white space as one space.
 */
final class InlineSpans extends ContentWalker<RuntimeException> {
    /** Web addresses (with a scheme or starting www.) and e-mail addresses inside running text. */
    private static final Pattern ADDRESS = Pattern.compile(
            // The e-mail part starts only where a run of address characters starts and gives nothing back, so a
            // 100,000-character word costs one pass, not one per start.
            "(?i)\\b(?:https?://[^\\s]+|www\\.[^\\s]+|(?<![a-z0-9._%+-])[a-z0-9._%+-]++@[a-z0-9-]+(?:\\.[a-z0-9-]+){1,10})");
    /** Sentence punctuation after an address belongs to the sentence. */
    private static final Pattern TRAILING = Pattern.compile("[.,;:!?)\\]'\"]+$");
    /** A print check box, U+2610. */
    private static final String CHECK_BOX = "\u2610";
    /** A print write-in blank, two or more underscores ("Date: ____"), or a check box. */
    private static final Pattern BLANK_OR_BOX = Pattern.compile("_{2,}|\u2610");
    /**
     * How a write-in blank is brailled, in every language: four cells of dots 36, written as cells so no table's
     * own underscore is used (UEB dots 46 36 and French dots 5 36 for each one; Spanish es-g1.ctb has none).
     * Braille transcription shows a print blank as a series of cells rather than as print underscores (BANA,
     * Braille Formats 2016, section 10, write-on lines); four dots-36 cells are longer than every one-cell or
     * two-cell symbol made of them (hyphen 36; UEB dash 6 36; Spanish raya and French en dash 36 36), so a reader
     * cannot take the blank for punctuation. One length for every blank: print blank lengths are arbitrary.
     */
    static final String BLANK_CELLS = "\u2824\u2824\u2824\u2824";
    /**
     * The ordinal indicators (1.º, n.º, 2.ª) are superscript o and a: Unicode's compatibility form is the letter, and
     * neither the Spanish nor the UEB table has them, so they are brailled as the letter.
     */
    private static final Map<Character, String> ORDINAL_INDICATORS = Map.of('\u00BA', "o", '\u00AA', "a");

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
                case TEXT, COMPUTER, CHECK_BOX -> sb.append(s.text());
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
            prose(text.substring(at, m.start()), emphasis);
            append(text.substring(m.start(), end), Span.Kind.COMPUTER, Span.Emphasis.NONE);
            at = end;
        }
        prose(text.substring(at), emphasis);
    }

    /**
     * Text outside addresses: write-in blanks become {@link #BLANK_CELLS}, check boxes (☐) a span of their own
     * (see {@link Span.Kind#CHECK_BOX}), ordinal indicators their letters.
     */
    private void prose(String text, Span.Emphasis emphasis) {
        Matcher m = BLANK_OR_BOX.matcher(text);
        int at = 0;
        while (m.find()) {
            append(ordinals(text.substring(at, m.start())), Span.Kind.TEXT, emphasis);
            if (m.group().equals(CHECK_BOX)) {
                append(CHECK_BOX, Span.Kind.CHECK_BOX, Span.Emphasis.NONE);
            } else {
                append(BLANK_CELLS, Span.Kind.BRAILLE, Span.Emphasis.NONE);
            }
            at = m.end();
        }
        append(ordinals(text.substring(at)), Span.Kind.TEXT, emphasis);
    }

    private static String ordinals(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            sb.append(ORDINAL_INDICATORS.getOrDefault(c, String.valueOf(c)));
        }
        return sb.toString();
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

    /**
     * {@code spans} cut where word {@code words + 1} begins (a word: a run of characters other than white space,
     * counted over the spans' joined text, so "40 mg" is two): the two halves, each trimmed; the second empty when
     * the spans have no more than {@code words} words.
     */
    static List<List<Span>> split(List<Span> spans, int words) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < spans.size(); i++) {
            Span s = spans.get(i);
            if (s.kind() == Span.Kind.LINE_BREAK) {
                inWord = false;
                continue;
            }
            String t = s.text();
            for (int k = 0; k < t.length(); k++) {
                if (Character.isWhitespace(t.charAt(k)) || Character.isSpaceChar(t.charAt(k))) {
                    inWord = false;
                } else if (!inWord) {
                    if (count == words) {
                        List<Span> before = new ArrayList<>(spans.subList(0, i));
                        List<Span> after = new ArrayList<>();
                        if (k > 0) {
                            before.add(new Span(t.substring(0, k), s.kind(), s.emphasis()));
                        }
                        after.add(new Span(t.substring(k), s.kind(), s.emphasis()));
                        after.addAll(spans.subList(i + 1, spans.size()));
                        return List.of(trim(before), trim(after));
                    }
                    count++;
                    inWord = true;
                }
            }
        }
        return List.of(spans, List.of());
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
