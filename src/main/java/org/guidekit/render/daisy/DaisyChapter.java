package org.guidekit.render.daisy;

import java.util.List;
import java.util.Objects;

/**
 * One navigable chapter of the book: the opening (title, level 1) or a section (level 2 or 3), with its audio.
 *
 * @param id         chapter id: "opening" or the section id
 * @param title      the heading text shown in the navigation
 * @param level      heading level in the NCC: 1 for the title, then the section's level
 * @param audioFile  flat ASCII file name of the chapter's MP3, e.g. {@code s002.mp3}
 * @param durationMs length of that audio file
 * @param clips      the utterances in reading order
 */
public record DaisyChapter(String id, String title, int level, String audioFile, long durationMs,
                           List<DaisyClip> clips) {
    public DaisyChapter {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(audioFile, "audioFile");
        clips = List.copyOf(clips);
        if (clips.isEmpty()) {
            throw new IllegalArgumentException("chapter " + id + " has no clips");
        }
        if (!audioFile.matches("[a-z0-9_.-]+")) {
            throw new IllegalArgumentException("audio file name must be flat ASCII: " + audioFile);
        }
    }
}
