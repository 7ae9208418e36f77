package org.guidekit.importer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.guidekit.check.Severity;

/**
 * Folds Word's typography into the plain text a guide holds: curly quotes, non-breaking spaces and hyphens, soft
 * hyphens and invisible characters; pictographs that stand for a word (☎) become the word; characters the
 * handout font cannot print are removed and reported, since they would stop the PDF.
 */
final class TextFolder {
    private TextFolder() {
    }

    /** Folds {@code spans} in place of a new list; what was replaced or removed is added to {@code notes}. */
    static List<Span> fold(List<Span> spans, List<Note> notes) {
        List<Span> out = new ArrayList<>();
        Set<String> replaced = new LinkedHashSet<>();
        Set<String> removed = new LinkedHashSet<>();
        for (int i = 0; i < spans.size(); i++) {
            Span s = spans.get(i);
            if (s.isBreak()) {
                out.add(s);
                continue;
            }
            String rest = i + 1 < spans.size() ? spans.get(i + 1).text() : "";
            out.add(s.withText(foldText(s.text(), rest, replaced, removed)));
        }
        if (!replaced.isEmpty()) {
            notes.add(Note.inGuide("symbol", Severity.INFO, "replaced " + String.join(", ", replaced)
                    + " with words", "check that the sentence still reads well"));
        }
        if (!removed.isEmpty()) {
            notes.add(Note.inGuide("symbol", Severity.WARNING, "removed " + String.join(", ", removed)
                    + ": the handout font cannot print " + (removed.size() == 1 ? "it" : "them")
                    + " and the voice skips " + (removed.size() == 1 ? "it" : "them"),
                    "if it meant something, write that in words"));
        }
        return out;
    }

    private static String foldText(String text, String next, Set<String> replaced, Set<String> removed) {
        StringBuilder sb = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            String typo = typography(cp);
            if (typo != null) {
                sb.append(typo);
                continue;
            }
            String word = Symbols.word(cp);
            if (word != null) {
                String after = (text.substring(i) + next).replaceFirst("^[\\s\\uFE0F:]+", "");
                boolean label = sb.toString().isBlank() || !after.isEmpty() && (Character.isDigit(after.charAt(0))
                        || "+(".indexOf(after.charAt(0)) >= 0 || after.contains("@"));
                boolean capital = Character.isUpperCase(word.charAt(0));
                sb.append(label && capital ? word + ":" : word.toLowerCase(Locale.ROOT));
                // "☎: 555" must not become "Phone:: 555".
                while (i < text.length() && (text.charAt(i) == ':' || text.charAt(i) == '\uFE0F')) {
                    i++;
                }
                if (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
                    sb.append(' ');
                }
                replaced.add(quoted(cp) + " (\"" + word + "\")");
            } else if (!Symbols.printable(cp) || (cp >= 0xE000 && cp <= 0xF8FF)) {
                removed.add(quoted(cp));
            } else {
                sb.appendCodePoint(cp);
            }
        }
        return sb.toString().replaceAll("[ ]{2,}", " ");
    }

    /** The plain form of a typographic character, "" to drop it, or null when it stays as it is. */
    static String typography(int cp) {
        switch (cp) {
            case '\u2018': case '\u2019': case '\u201A': case '\u201B': case '\u2032':
                return "'";
            case '\u201C': case '\u201D': case '\u201E': case '\u201F': case '\u2033':
                return "\"";
            case '\u00A0': case '\u202F': case '\u2007': case '\u2009': case '\u200A': case '\u2002': case '\u2003':
            case '\t':
                return " ";
            case '\u2010': case '\u2011':
                return "-";
            case '\u00AD': case '\u200B': case '\u200C': case '\u200D': case '\u2060': case '\uFEFF': case '\uFE0F':
            case '\uFE0E':
                return "";
            default:
                return cp < 0x20 || cp == 0x7F ? "" : null;
        }
    }

    static String quoted(int cp) {
        String name = Character.getName(cp);
        return "\"" + new String(Character.toChars(cp)) + "\"" + (name == null ? ""
                : " (" + name.toLowerCase(Locale.ROOT) + ")");
    }
}
