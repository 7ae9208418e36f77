package org.guidekit.render.web;

import org.guidekit.model.EditionWords;

/**
 * The page's own words. Those every guide shows (the skip link, the editions) are in English, Spanish or French
 * ({@link EditionWords}); the player's exist only for spoken guides, which are English (the voice speaks nothing
 * else).
 */
record PageWords(String tag, String skip, String library, String editions, String pdf, String epub, String braille,
                 String transcript) {
    static final PageWords ENGLISH = forLanguage("en");

    // The player's words: English only, like the voice.
    static final String LISTEN = "Listen to this guide";
    static final String SECTION = "Go to section";
    static final String FOLLOW = "Keep the sentence being read in view";
    static final String CAPTIONS = "English";
    static final String MP3 = "Audio to download (MP3)";
    static final String EPUB_WITH_AUDIO = "E-book with read-along audio (EPUB)";
    static final String DAISY = "DAISY talking book (zip file to download)";
    static final String PLAYER_HELP = "Use the buttons below the player to move by sentence or by section. "
            + "The sentence being read is highlighted.";

    /** The player's buttons, in page order: the id the script finds each by, and its label. */
    enum Button {
        PLAY("play", "Play"),
        PREVIOUS_SECTION("previous-section", "Previous section"),
        PREVIOUS_SENTENCE("previous-sentence", "Previous sentence"),
        NEXT_SENTENCE("next-sentence", "Next sentence"),
        NEXT_SECTION("next-section", "Next section");

        final String id;
        final String label;

        Button(String id, String label) {
            this.id = id;
            this.label = label;
        }
    }

    static PageWords forLanguage(String languageTag) {
        EditionWords w = EditionWords.forLanguage(languageTag);
        return new PageWords(w.language(), w.get("page.skip"), w.get("page.library"), w.get("page.editions"),
                w.get("page.pdf"), w.get("page.epub"), w.get("page.braille"), w.get("page.transcript"));
    }
}
