package org.guidekit.render.pdf;

import java.util.List;

/**
 * The finished layout: pages of positioned marks, the structure tree they belong to and the outline.
 *
 * @param style    sizes and paper
 * @param root     the {@code Document} structure node
 * @param pages    pages in order
 * @param outline  bookmarks mirroring the sections
 * @param title    the document title
 * @param language the BCP 47 tag for {@code /Lang}
 */
record Plan(PdfStyle style, StructNode root, List<Page> pages, List<OutlineEntry> outline, String title,
                   String language) {
    public Plan {
        pages = List.copyOf(pages);
        outline = List.copyOf(outline);
    }

    /** One page's marks in drawing (and reading) order. */
    public record Page(List<Mark> marks) {
        public Page {
            marks = List.copyOf(marks);
        }
    }

    /** A bookmark to a heading, with the bookmarks of its subsections. */
    public record OutlineEntry(String title, StructNode heading, List<OutlineEntry> children) {
        public OutlineEntry {
            children = List.copyOf(children);
        }
    }
}
