package org.guidekit.render.web;

import org.guidekit.render.readalong.Labels;

/**
 * The page's own words. Those every guide shows (the skip link, the editions) are in English, Spanish or French;
 * the player's exist only for spoken guides, which are English (the voice speaks nothing else).
 */
record PageWords(String tag, String skip, String library, String editions, String pdf, String epub, String braille,
                 String transcript) {
    static final PageWords ENGLISH = new PageWords("en", "Skip to the guide", "All patient guides",
            "Other ways to get this guide", "Large-print handout to print (PDF)", "E-book (EPUB)",
            "Braille file for a braille display or embosser (BRF)", "Transcript of the audio (text)");
    private static final PageWords SPANISH = new PageWords("es", "Saltar a la guía",
            "Todas las guías para pacientes", "Otras formas de obtener esta guía",
            "Folleto en letra grande para imprimir (PDF)", "Libro electrónico (EPUB)",
            "Archivo braille para línea braille o impresora braille (BRF)", "Transcripción del audio (texto)");
    private static final PageWords FRENCH = new PageWords("fr", "Aller au guide", "Tous les guides pour les patients",
            "Autres façons d'obtenir ce guide", "Document en gros caractères à imprimer (PDF)",
            "Livre numérique (EPUB)", "Fichier braille pour plage braille ou embosseuse (BRF)",
            "Transcription de l'audio (texte)");

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
        return switch (Labels.language(languageTag)) {
            case "es" -> SPANISH;
            case "fr" -> FRENCH;
            default -> ENGLISH;
        };
    }
}
