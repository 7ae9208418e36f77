/**
 * The content model: the one representation of a guide that every renderer and check reads.
 *
 * <p>Immutable records and sealed interfaces, no dependencies. A {@link org.guidekit.model.Guide} holds its
 * {@link org.guidekit.model.Metadata}, introductory {@link org.guidekit.model.Block}s and nested
 * {@link org.guidekit.model.Section}s. Every section and block has a stable id derived from the guide's content,
 * so the same file always yields the same ids (renderers use them as anchors, utterance ids and tags).
 *
 * <p>To traverse a guide, extend {@link org.guidekit.model.ContentWalker}: its {@code visit} methods walk every
 * section, block and inline in reading order, and a traversal overrides only the nodes it cares about (collecting
 * figures, flattening text, writing XML). A renderer that says something different for every kind of node and
 * returns it implements the exhaustive {@link org.guidekit.model.BlockVisitor} or
 * {@link org.guidekit.model.InlineVisitor}. {@link org.guidekit.model.Inlines#plainText} is the visible text of
 * some inlines. {@link org.guidekit.model.ModelPrinter} dumps a guide as text for golden tests.
 * {@link org.guidekit.model.Required} is the one-line null check of a record's components, for the model's
 * records and for the records of every package above it. {@link org.guidekit.model.EditionWords} holds the words
 * every edition adds to a guide's own (callout labels, the review date, "Contents"), one resource file per language.
 */
package org.guidekit.model;
