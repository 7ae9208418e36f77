package org.guidekit.check;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.guidekit.model.Guide;

/**
 * The words the voice really says for each printed element of a guide, as the audio edition is made: implemented
 * with the speech engine's own word list in {@code org.guidekit.render.audio}, so that this package stays free of
 * speech-engine types and the speech verifier compares the page with what a listener hears.
 */
@FunctionalInterface
public interface VoiceWords {
    /**
     * What the voice says for {@code guide}, in reading order.
     *
     * @param sharedPronunciations the clinic-wide pronunciation list, which the voice uses too
     */
    List<Said> said(Guide guide, Map<String, String> sharedPronunciations);

    /**
     * What the voice says for the elements {@code wanted} accepts (element id and cell, as in {@link Said}): the
     * check asks only for the elements that print a piece of information, so a long guide with few numbers costs
     * little. An engine that can skip the others should.
     */
    default List<Said> said(Guide guide, Map<String, String> sharedPronunciations,
                            java.util.function.BiPredicate<String, Integer> wanted) {
        return said(guide, sharedPronunciations).stream().filter(s -> wanted.test(s.element(), s.cell())).toList();
    }

    /**
     * The words said for one printed element.
     *
     * @param element the id of the model element that prints them: {@code title}, {@code subtitle},
     *                {@code organization}, a section's id (its heading), a paragraph's, callout's or figure's id,
     *                a table's id (its column names, said before the rows) or a table row's id (with {@code cell})
     * @param cell    the 1-based column of a table row's cell (the voice says the column name, then the cell);
     *                0 for every other element
     * @param words   the words, lower case, in order
     */
    record Said(String element, int cell, List<String> words) {
        public Said {
            Objects.requireNonNull(element, "element");
            words = List.copyOf(words);
        }
    }
}
