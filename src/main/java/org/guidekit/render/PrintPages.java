package org.guidekit.render;

import java.util.List;

import org.guidekit.model.Required;

/**
 * Where the pages of the printed handout begin, in the model's own terms, so that an edition without print pages
 * (braille) can show them and its reader can meet a sighted helper on the same page. Made by the large-print
 * layout ({@link PrintPagination}), read by the formats that show print page numbers; neither knows the other.
 *
 * <p>Granularity: a page begins at an element of the model, named by its stable id: a section heading
 * ({@code Section.id}), a paragraph (also inside a list item or a callout), a callout (its label), a figure, or a
 * table row (the header row's id for the start of a table). The print layout breaks pages inside a paragraph
 * (never inside a heading); a page that begins inside one says how many of its words were printed on the pages
 * before, counting words as runs of non-white-space characters of the printed text (so "40 mg" is two words, as in
 * the source). Anything else that starts a page mid-element (only a table row taller than a page) is also given with
 * its word count, and a format that cannot divide such an element places the page change after it.
 *
 * @param count  the number of print pages
 * @param starts where each page after the first begins, in page order; a page that begins with no element of its own
 *               (the second half of a chart printed in two parts) has none
 */
public record PrintPages(int count, List<Start> starts) {
    public PrintPages {
        Required.nonNull("starts", starts);
        starts = List.copyOf(starts);
        int last = 1;
        for (Start s : starts) {
            if (s.page() <= last || s.page() > count) {
                throw new IllegalArgumentException("print page " + s.page() + " out of order or past page " + count);
            }
            last = s.page();
        }
    }

    /**
     * Print page {@code page} begins {@code words} words into the printed text of the element {@code id} (0: at its
     * start).
     */
    public record Start(int page, String id, int words) {
        public Start {
            Required.nonNull("id", id);
            if (words < 0) {
                throw new IllegalArgumentException("negative word count " + words);
            }
        }
    }
}
