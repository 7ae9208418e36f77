package org.guidekit.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.guidekit.model.Inline;
import org.guidekit.model.LineBreak;
import org.guidekit.model.Strong;

/** Converts commonmark inline nodes to model {@link Inline}s, reporting what the model cannot hold. */
final class InlineConverter {
    private static final int MAX_DEPTH = 8;
    private static final java.util.regex.Pattern FOOTNOTE = java.util.regex.Pattern.compile("\\[\\^[^\\]\\s\\[]++\\]");
    private final Problems problems;
    private final Lines lines;

    InlineConverter(Problems problems, Lines lines) {
        this.problems = problems;
        this.lines = lines;
    }

    /** The children of {@code parent} as inlines; adjacent text is merged, soft breaks become spaces. */
    List<Inline> children(Node parent) {
        return convert(parent.getFirstChild(), null, 0);
    }

    /** The inlines from {@code first} up to (not including) {@code stop}. */
    List<Inline> range(Node first, Node stop) {
        return convert(first, stop, 0);
    }

    private List<Inline> convert(Node first, Node stop, int depth) {
        List<Inline> out = new ArrayList<>();
        if (depth > MAX_DEPTH) {
            problems.add(lines.of(first), "emphasis and links are nested too deeply; simplify the formatting");
            return out;
        }
        StringBuilder text = new StringBuilder();
        for (Node n = first; n != null && n != stop; n = n.getNext()) {
            if (n instanceof Text t) {
                footnote(t);
                control(t, t.getLiteral());
                text.append(ControlCharacters.canonical(t.getLiteral()));
            } else if (n instanceof SoftLineBreak) {
                text.append(' ');
            } else {
                flush(text, out);
                Inline inline = convertNode(n, depth);
                if (inline != null) {
                    out.add(inline);
                }
            }
        }
        flush(text, out);
        return out;
    }

    private Inline convertNode(Node n, int depth) {
        if (n instanceof StrongEmphasis) {
            return new Strong(convert(n.getFirstChild(), null, depth + 1));
        } else if (n instanceof Emphasis) {
            return new org.guidekit.model.Emphasis(convert(n.getFirstChild(), null, depth + 1));
        } else if (n instanceof HardLineBreak) {
            return new LineBreak();
        } else if (n instanceof Link link) {
            return link(link, depth);
        } else if (n instanceof Image image) {
            problems.add(lines.of(n), "image \"" + image.getDestination() + "\" is inside text; put each image on a "
                    + "line of its own, with a blank line before and after");
        } else if (n instanceof HtmlInline html && !html.getLiteral().startsWith("</")) {
            // Closing tags are not reported again: one message per HTML element is enough.
            problems.add(lines.of(n), "raw HTML " + shorten(html.getLiteral()) + " is not allowed; write plain "
                    + "Markdown text instead");
        } else if (n instanceof HtmlInline) {
            return null;
        } else if (n instanceof Code code) {
            problems.add(lines.of(n), "code text `" + shorten(code.getLiteral()) + "` is not supported in a patient "
                    + "guide; remove the backticks");
        } else {
            problems.add(lines.of(n), "unsupported Markdown (" + n.getClass().getSimpleName() + "); remove it");
        }
        return null;
    }

    private Inline link(Link link, int depth) {
        String dest = ControlCharacters.canonical(link.getDestination()).strip();
        control(link, dest);
        String scheme = scheme(dest);
        if (!(scheme.equals("https") || scheme.equals("http") || scheme.equals("mailto") || scheme.equals("tel"))) {
            String what = scheme.isEmpty() ? "link \"" + shorten(dest) + "\" is not a web address"
                    : "link \"" + shorten(dest) + "\" uses \"" + scheme + ":\", which is not allowed";
            problems.add(lines.of(link), what + "; link only to https:// pages, mailto: or tel: numbers");
            return null;
        }
        if (scheme.equals("tel") && !isPhoneNumber(dest)) {
            problems.add(lines.of(link), "link \"" + shorten(dest) + "\" is not a phone number: a tel: link may hold "
                    + "only digits, spaces, + - ( ) . and the letters of a vanity number; write [Call us](tel:"
                    + "+1-555-201-3344), or link to a web page with https://");
            return null;
        }
        List<Inline> content = convert(link.getFirstChild(), null, depth + 1);
        if (content.isEmpty()) {
            problems.add(lines.of(link), "link to " + shorten(dest) + " has no text; write [what it is](" + dest + ")");
            return null;
        }
        return new org.guidekit.model.Link(dest, content);
    }

    /**
     * A tel: destination that is a phone number: print and braille show it and the voice reads it, so it may hold
     * only what a phone number holds (digits, spaces, + - ( ) . and the letters of a vanity number such as
     * 1-800-FLOWERS), with at least three digits. "tel:https://evil.example" would print a web address no check saw.
     */
    static boolean isPhoneNumber(String dest) {
        String number = dest.substring(dest.indexOf(':') + 1).strip();
        int digits = 0;
        for (int i = 0; i < number.length(); i++) {
            char c = number.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || " +-().".indexOf(c) >= 0)) {
                return false;
            }
        }
        return digits >= 3 && number.length() <= 40;
    }

    /** The URI scheme, lower case, ignoring the control characters browsers ignore ("java\tscript:"). */
    static String scheme(String dest) {
        String cleaned = dest.replaceAll("[\\x00-\\x20]", "");
        int colon = cleaned.indexOf(':');
        if (colon <= 0 || !cleaned.substring(0, colon).matches("[A-Za-z][A-Za-z0-9+.-]*")) {
            return "";
        }
        return cleaned.substring(0, colon).toLowerCase(Locale.ROOT);
    }

    /**
     * Character references such as {@code &#27;} or {@code &ZeroWidthSpace;} decode to invisible characters the file
     * itself may not hold ({@link ControlCharacters}).
     */
    private void control(Node at, String text) {
        int c = ControlCharacters.first(text, true);
        if (c >= 0) {
            problems.add(lines.of(at), "this line holds an " + ControlCharacters.describe(c)
                    + ", written as a character reference such as &#27; or &#8203;; delete it");
        }
    }

    /** Footnote marks ("[^1]") would be printed and spoken as they are: the model has no footnotes. */
    private void footnote(Text t) {
        java.util.regex.Matcher m = FOOTNOTE.matcher(t.getLiteral());
        if (m.find()) {
            problems.add(lines.of(t), "footnotes (" + m.group() + ") are not supported; write the note in the text "
                    + "where it belongs, e.g. in brackets");
        }
    }

    private static void flush(StringBuilder text, List<Inline> out) {
        if (text.length() > 0) {
            out.add(new org.guidekit.model.Text(text.toString()));
            text.setLength(0);
        }
    }

    static String shorten(String s) {
        String one = s.strip().replaceAll("\\s+", " ");
        return one.length() > 40 ? one.substring(0, 37) + "..." : one;
    }
}
