package org.guidekit.render.epub;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.guidekit.model.Section;

/**
 * What the book holds, decided before anything is written. Pure and deterministic: no clock, no random id.
 *
 * @param meta  the book's metadata
 * @param parts the content documents in reading order: the opening (title and introduction), then one per
 *              top-level section
 * @param audio the MP3's path inside the book, when the guide is spoken
 */
record EpubPlan(Meta meta, List<Part> parts, Optional<String> audio) {
    EpubPlan {
        Objects.requireNonNull(meta);
        parts = List.copyOf(parts);
        Objects.requireNonNull(audio);
    }

    /**
     * @param identifier dc:identifier, stable across runs and edits of the same guide
     * @param title      dc:title
     * @param language   dc:language
     * @param publisher  the clinic, when the guide names one
     * @param date       the review date (yyyy-mm-dd), when the guide has one
     * @param modified   dcterms:modified, from the review date or a fixed day, never the clock
     * @param summary    schema:accessibilitySummary
     * @param pictures   whether the guide has pictures (accessMode visual, feature alternativeText)
     */
    record Meta(String identifier, String title, String language, Optional<String> publisher, Optional<String> date,
                String modified, String summary, boolean pictures) {
    }

    /**
     * One content document.
     *
     * @param id      manifest id and file stem: {@code c00}, {@code c01}, …
     * @param title   the document's title (the guide's title for the opening)
     * @param section the section it holds, empty for the opening
     * @param last    whether the closing line goes here
     */
    record Part(String id, String title, Optional<Section> section, boolean last) {
        String file() {
            return id + ".xhtml";
        }

        String overlayId() {
            return id + "-overlay";
        }

        String overlayFile() {
            return id + ".smil";
        }
    }
}
