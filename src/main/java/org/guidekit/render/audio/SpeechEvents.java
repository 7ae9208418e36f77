package org.guidekit.render.audio;

/**
 * What the speech stage does for a build, told as it happens: the tests count it to prove that a guide is
 * scripted, synthesised and joined into its chaptered MP3 once, whatever formats ask for it and in whatever order.
 * Calls may come from several threads at once.
 */
interface SpeechEvents {
    /** Nobody listens. */
    SpeechEvents NONE = new SpeechEvents() {
    };

    /** The speech script of {@code guide} was built (the normaliser's costly pass). */
    default void scriptBuilt(String guide) {
    }

    /** A synthesis of {@code guide} started (its sections are then voiced or taken from the section cache). */
    default void synthesised(String guide) {
    }

    /** FreeTTS spoke one section. */
    default void sectionVoiced(String guide, String section) {
    }

    /** One section's MP3 was encoded from samples kept earlier (not during its synthesis). */
    default void sectionEncoded(String guide, String section) {
    }

    /** The sections were joined into the guide's one chaptered MP3. */
    default void chapteredMp3(String guide) {
    }
}
