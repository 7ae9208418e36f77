package org.guidekit.importer;

import java.util.ArrayList;
import java.util.List;

import org.guidekit.model.CalloutKind;

/**
 * The guide as the importer builds it, before it is written as Markdown: only what the guide format allows
 * (headings to level 3, one nested list level, callouts of text and lists, figures on their own line). Each part
 * carries the findings about it, which get its Markdown line when it is written.
 */
sealed interface Part {
    List<Note> notes();

    record Heading(int level, String text, List<Note> notes) implements Part {
    }

    record Para(List<Span> spans, List<Note> notes) implements Part {
    }

    /** A list; {@code items} each hold a paragraph and at most one nested list. */
    record ListPart(boolean ordered, int start, List<Item> items, List<Note> notes) implements Part {
        ListPart(boolean ordered, int start) {
            this(ordered, start, new ArrayList<>(), new ArrayList<>());
        }
    }

    record Item(List<Span> spans, List<ListPart> nested, List<Note> notes) {
        Item(List<Span> spans, List<Note> notes) {
            this(spans, new ArrayList<>(), notes);
        }
    }

    record Callout(CalloutKind kind, String title, List<Part> blocks, List<Note> notes) implements Part {
    }

    record Figure(String alt, String src, List<Note> notes) implements Part {
    }

    /** Rows of cells of spans; the first row is the header. */
    record TablePart(List<List<List<Span>>> rows, List<Note> notes) implements Part {
    }
}
