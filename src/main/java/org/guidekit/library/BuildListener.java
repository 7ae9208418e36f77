package org.guidekit.library;

/** Hears a library build's progress; the CLI draws a bar from it. Calls may come from several threads. */
public interface BuildListener {
    BuildListener NONE = new BuildListener() {
    };

    default void started(int guides) {
    }

    default void guideStarted(String name) {
    }

    default void guideFinished(GuideOutcome outcome) {
    }
}
