package org.guidekit.render.braille;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Dividing a paragraph's spans where a print page turns: after a number of words, each half trimmed. */
class InlineSpansSplitTest {
    private static final Span BOLD = new Span("do not drive", Span.Kind.TEXT, Span.Emphasis.BOLD);

    @Test
    void dividesBetweenWordsAcrossSpansKeepingTheirKinds() {
        List<Span> spans = List.of(Span.text("Take 40 mg and "), BOLD, Span.text(" after it."));
        List<List<Span>> halves = InlineSpans.split(spans, 5);
        assertEquals(List.of(Span.text("Take 40 mg and "), new Span("do", Span.Kind.TEXT, Span.Emphasis.BOLD)),
                halves.get(0));
        assertEquals(List.of(new Span("not drive", Span.Kind.TEXT, Span.Emphasis.BOLD), Span.text(" after it.")),
                halves.get(1));
    }

    @Test
    void aLineBreakSeparatesWordsAndTheEndsAreTheWholeOrNothing() {
        List<Span> spans = List.of(Span.text("Call"), new Span("\n", Span.Kind.LINE_BREAK, Span.Emphasis.NONE),
                Span.text("555-0100"));
        assertEquals(List.of(List.of(Span.text("Call")), List.of(Span.text("555-0100"))), InlineSpans.split(spans, 1));
        assertEquals(List.of(List.of(), spans), InlineSpans.split(spans, 0));
        assertEquals(List.of(spans, List.of()), InlineSpans.split(spans, 2));
    }
}
