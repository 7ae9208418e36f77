package org.guidekit.render.web;

import java.util.List;
import java.util.Optional;

import org.guidekit.model.Guide;
import org.guidekit.model.Required;
import org.guidekit.render.readalong.SpokenTimings;

/**
 * Everything the page shows, decided before any markup is written. Pure: the same guide, audio timings and
 * editions give the same plan, and the same bytes.
 *
 * @param guide    the guide
 * @param timings  when each sentence is heard; none for a guide without audio
 * @param player   the audio and its chapters, when the guide has audio
 * @param editions the other editions beside the page, in the order a patient would want them
 * @param words    the page's own words, in the guide's language where known
 */
record ReadAlongPage(Guide guide, SpokenTimings timings, Optional<Player> player, List<Edition> editions,
                     PageWords words) {
    ReadAlongPage {
        Required.nonNull("guide timings player words", guide, timings, player, words);
        editions = List.copyOf(editions);
    }

    /**
     * The player.
     *
     * @param audioHref    the MP3, relative to the page
     * @param captionsHref the WebVTT captions of that MP3
     * @param chapters     one per spoken chapter (the opening, then each section), for navigation
     */
    record Player(String audioHref, String captionsHref, List<Chapter> chapters) {
        Player {
            chapters = List.copyOf(chapters);
        }
    }

    /**
     * A chapter of the audio: its section id ("opening" for the title), heading and start; for a warning, caution or
     * important callout also its end, after which the section it is part of is current again.
     *
     * @param endMs the callout's end, or empty for a section (it runs to the next section)
     */
    record Chapter(String id, String title, long startMs, java.util.OptionalLong endMs) {
        /** A section's chapter. */
        Chapter(String id, String title, long startMs) {
            this(id, title, startMs, java.util.OptionalLong.empty());
        }
    }

    /**
     * A link to another edition.
     *
     * @param label what it opens, in words ("Large-print handout (PDF)")
     * @param href  relative to the page
     * @param bytes its size
     */
    record Edition(String label, String href, long bytes) {
    }
}
