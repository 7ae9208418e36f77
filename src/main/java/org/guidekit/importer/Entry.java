package org.guidekit.importer;

import java.util.List;

import org.guidekit.model.CalloutKind;

/** A Word paragraph or table classified by what it is, before neighbours are grouped into lists and callouts. */
sealed interface Entry {
    /** A heading paragraph; {@code level} is Word's (1 to 9). */
    record HeadingEntry(int level, List<Span> spans, List<Note> notes) implements Entry {
    }

    /**
     * A paragraph of text.
     *
     * @param list  its list membership, or null
     * @param boxed shaded or bordered in Word
     */
    record TextEntry(List<Span> spans, ListInfo list, boolean boxed, List<Note> notes) implements Entry {
    }

    /** A part that needs no grouping: a figure or a table. */
    record PartEntry(Part part) implements Entry {
    }

    /** The content of a text box or a one-cell table: a callout. */
    record BoxEntry(List<Entry> content) implements Entry {
    }

    /**
     * A paragraph's place in a list.
     *
     * @param level    Word's level (0 top); for typed markers, see {@code indent}
     * @param number   the number Word shows (or the one typed)
     * @param typed    the marker was typed ("•", "1)") rather than Word's numbering
     * @param indent   indentation in twips, to tell the levels of typed lists apart
     */
    record ListInfo(boolean ordered, int level, int number, boolean lettered, boolean typed, int indent) {
    }

    /** A callout's kind from its label word ("Warning:"), for grouping. */
    static CalloutKind labelKind(String word) {
        return CalloutKind.fromMarker(word).orElse(CalloutKind.NOTE);
    }
}
