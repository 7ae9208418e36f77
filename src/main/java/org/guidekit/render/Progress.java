package org.guidekit.render;

/**
 * Receives progress of long work (synthesis, whole builds). The CLI shows a bar on a terminal and nothing in CI
 * or with {@code --quiet}. Implementations must be thread-safe.
 */
public interface Progress {
    /** Reports nothing. */
    Progress NONE = (task, done, total) -> { };

    /**
     * @param task  what is being done, e.g. "back-muscle-spasms: audio"
     * @param done  units finished
     * @param total units in all
     */
    void update(String task, long done, long total);
}
