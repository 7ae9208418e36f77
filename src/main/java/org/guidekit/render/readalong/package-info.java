/**
 * The text-with-timings stage shared by the read-along page ({@code render.web}) and the EPUB
 * ({@code render.epub}), as {@code render.speech} is shared by the spoken formats: the guide as semantic XHTML
 * whose sentences carry ids, and the time each sentence is heard in the guide's single MP3.
 *
 * <p>{@link org.guidekit.render.readalong.SpokenTimings} turns the synthesis's sentence clip map into timings per
 * utterance id; {@link org.guidekit.render.readalong.SentenceAligner} (pure) pairs the printed sentences of a block
 * with the sentences the voice said (they differ: the voice says "9 1 1" for "911" and splits "Step 1:" off);
 * {@link org.guidekit.render.readalong.GuideMarkup} writes the model as XHTML through
 * {@link org.guidekit.render.xml.XmlOut} and reports every timed {@link org.guidekit.render.readalong.Fragment}
 * in reading order, which the page turns into highlight data and the EPUB into SMIL.
 */
package org.guidekit.render.readalong;

