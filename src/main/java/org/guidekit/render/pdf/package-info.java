/**
 * The large-print handout: a tagged PDF/UA-1 file that follows the large-print guidelines.
 *
 * <p>Two stages. The pure <em>plan</em> ({@link org.guidekit.render.pdf.HandoutLayout},
 * {@link org.guidekit.render.pdf.Paginator}, {@link org.guidekit.render.pdf.Plan}) turns the model into pages of
 * positioned lines, pictures and boxes, each owned by a {@link org.guidekit.render.pdf.StructNode} (the tag it will
 * carry) or marked as an artifact; it knows no PDF library and is pinned by golden tests. The <em>writer</em>
 * ({@link org.guidekit.render.pdf.PageWriter}, {@link org.guidekit.render.pdf.DocumentWriter},
 * {@link org.guidekit.render.pdf.PdfResources}) draws the plan with PDFBox: marked content, MCIDs, the structure
 * tree and ParentTree, XMP, outline and fonts. This is the only package in which PDFBox types may appear.
 */
package org.guidekit.render.pdf;
