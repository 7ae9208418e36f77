package org.guidekit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The walker visits every node once, in reading order, and a traversal sees only what it overrides. */
class ContentWalkerTest {
    /** Records every node it passes, by kind and text, and still walks into each one's children. */
    private static final class Recorder extends ContentWalker<RuntimeException> {
        final List<String> seen = new ArrayList<>();

        @Override
        public void walk(Block block) {
            seen.add("block " + block.id());
            super.walk(block);
        }

        @Override
        protected void visitHeading(Section s) {
            seen.add("section " + s.id());
            super.visitHeading(s);
        }

        @Override
        protected void visitItem(ListItem item) {
            seen.add("item " + item.id());
            super.visitItem(item);
        }

        @Override
        protected void visitRow(TableRow row) {
            seen.add("row " + row.id());
            super.visitRow(row);
        }

        @Override
        protected void visitText(Text t) {
            seen.add("text " + t.text());
        }

        @Override
        protected void visitStrong(Strong s) {
            seen.add("strong");
            super.visitStrong(s);
        }

        @Override
        protected void visitEmphasis(Emphasis e) {
            seen.add("emphasis");
            super.visitEmphasis(e);
        }

        @Override
        protected void visitLink(Link l) {
            seen.add("link " + l.destination());
            super.visitLink(l);
        }

        @Override
        protected void visitLineBreak(LineBreak b) {
            seen.add("break");
        }
    }

    private static Paragraph p(String id, Inline... content) {
        return new Paragraph(id, List.of(content), 1);
    }

    private static Guide guide() {
        ListBlock nested = new ListBlock("inner", false, 1, List.of(new ListItem("inner-1",
                List.of(p("p3", new Text("c"))), 1)), 1);
        ListBlock list = new ListBlock("outer", true, 1, List.of(
                new ListItem("outer-1", List.of(p("p1", new Text("a")), nested), 1),
                new ListItem("outer-2", List.of(p("p2", new Emphasis(List.of(new Text("b"))))), 1)), 1);
        Callout callout = new Callout("tip", CalloutKind.TIP, Optional.of("Title"), List.of(
                p("p4", new Link("https://a.example", List.of(new Strong(List.of(new Text("d"))), new LineBreak()))),
                new ListBlock("in-callout", false, 1, List.of(new ListItem("in-callout-1",
                        List.of(p("p5", new Text("e"))), 1)), 1)), 1);
        Figure figure = new Figure("fig", "A knee", "knee.png", Path.of("knee.png"), 1);
        Table table = new Table("tab", new TableRow("head", List.of(List.of(new Text("H")))),
                List.of(new TableRow("row-1", List.of(List.of(new Text("1"))))), 1);
        Section sub = new Section("sub", 3, List.of(new Text("Sub")), List.of(figure, table), List.of(), 1);
        Section section = new Section("sec", 2, List.of(new Text("Sec")), List.of(callout), List.of(sub), 1);
        return new Guide("g", "g.md", "0", Metadata.titled("G"), List.of(list), List.of(section));
    }

    @Test
    void visitsEveryNodeInReadingOrderNestedListsAndCalloutsIncluded() {
        Recorder r = new Recorder();
        r.walk(guide());
        assertEquals(List.of(
                "block outer", "item outer-1", "block p1", "text a",
                "block inner", "item inner-1", "block p3", "text c",
                "item outer-2", "block p2", "emphasis", "text b",
                "section sec", "text Sec",
                "block tip", "block p4", "link https://a.example", "strong", "text d", "break",
                "block in-callout", "item in-callout-1", "block p5", "text e",
                "section sub", "text Sub", "block fig",
                "block tab", "row head", "text H", "row row-1", "text 1"), r.seen);
    }

    @Test
    void aTraversalOverridesOnlyWhatItNeeds() {
        assertEquals(List.of("fig"), guide().figures().stream().map(Figure::id).toList());
        List<Inline> inLink = List.of(new Text("Call "), new Link("tel:1", List.of(new Strong(List.of(
                new Text("the"), new LineBreak(), new Emphasis(List.of(new Text("clinic"))))))));
        assertEquals("Call the clinic", Inlines.plainText(inLink));
    }

    @Test
    void aWalkMayThrowItsCheckedException() {
        ContentWalker<java.io.IOException> failing = new ContentWalker<>() {
            @Override
            protected void visitText(Text t) throws java.io.IOException {
                throw new java.io.IOException("at " + t.text());
            }
        };
        assertEquals("at c", assertThrows(java.io.IOException.class,
                () -> failing.walkInlines(List.of(new Strong(List.of(new Text("c")))))).getMessage());
    }
}
