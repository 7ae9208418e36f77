package org.guidekit.render;

import org.guidekit.model.Guide;

/**
 * The print handout's pagination, offered by the format that paginates it (the large-print PDF) to the formats
 * that show print page numbers (braille), through this contract so that neither format knows the other; the
 * format list in {@code library} hands one to the other.
 */
public interface PrintPagination {
    /**
     * What decides where the print pages break for {@code guide} (paper, size, fonts, pictures, source), as 64 hex
     * digits: a format that shows print page numbers adds it to its own {@link RenderInputs}.
     */
    String pagesKey(Guide guide, RenderOptions options);

    /** Where each print page of {@code guide}'s handout begins, laid out with {@code options} as the handout is. */
    PrintPages pages(Guide guide, RenderOptions options);
}
