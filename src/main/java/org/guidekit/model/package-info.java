/**
 * The content model: the one representation of a guide that every renderer and check reads.
 *
 * <p>Immutable records and sealed interfaces, no dependencies. A {@link org.guidekit.model.Guide} holds its
 * {@link org.guidekit.model.Metadata}, introductory {@link org.guidekit.model.Block}s and nested
 * {@link org.guidekit.model.Section}s. Every section and block has a stable id derived from the guide's content,
 * so the same file always yields the same ids (renderers use them as anchors, utterance ids and tags).
 * {@link org.guidekit.model.ModelPrinter} dumps a guide as text for golden tests.
 */
package org.guidekit.model;
