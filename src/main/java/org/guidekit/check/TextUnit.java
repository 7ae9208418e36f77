package org.guidekit.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.guidekit.model.Inline;
import org.guidekit.model.Inlines;

/**
 * A piece of a guide's text with the line it starts on: the title, subtitle or organization of the front matter, a
 * heading, a paragraph, a list item's text, a callout
 * title, a table cell or a figure's alt text. Most rules look at these rather than at the block tree.
 *
 * @param kind    what sort of text it is
 * @param line    1-based source line of the block it belongs to
 * @param content the inlines (empty for alt text and callout titles, which are plain strings)
 * @param text    the plain text
 */
record TextUnit(Kind kind, int line, List<Inline> content, String text) {
    /** What sort of text a unit is. */
    public enum Kind {
        TITLE, SUBTITLE, ORGANIZATION, REVIEWED_BY, SUMMARY, HEADING, PARAGRAPH, LIST_ITEM, CALLOUT_TITLE, TABLE_CELL, ALT_TEXT;

        /** The kind of the front-matter text under {@code key} ("title" is TITLE). */
        static Kind ofFrontMatter(String key) {
            return valueOf(key.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        }

        /** Running text, made of sentences: what readability formulas measure. */
        public boolean isProse() {
            return this == PARAGRAPH || this == LIST_ITEM;
        }
    }

    public TextUnit {
        content = List.copyOf(content);
    }

    static TextUnit of(Kind kind, int line, List<Inline> content) {
        return new TextUnit(kind, line, content, Inlines.plainText(content));
    }

    /** Every match of {@code pattern} in the text, in order. */
    List<String> matches(Pattern pattern) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }
}
