package org.guidekit.render.speech;

/**
 * Silences between utterances, in milliseconds. FreeTTS already leaves about 300 ms after a sentence; these come on
 * top, and grow with the size of the break so a listener hears where they are.
 */
final class Pauses {
    static final int LIST_ITEM = 350;
    static final int TABLE_ROW = 400;
    static final int PARAGRAPH = 650;
    static final int HEADING = 800;
    static final int TITLE = 700;
    static final int SECTION = 1500;

    private Pauses() {
    }
}
