package org.guidekit.render.daisy;

import java.util.List;

import org.guidekit.model.Required;

/**
 * One chapter of the book with its audio: the opening (title, level 1), a section (level 1 for {@code ##}, 2 for
 * {@code ###}, see {@link DaisyPlanner#nccLevel}), a warning, caution or important callout (one level deeper), or
 * the rest of a section after a callout.
 *
 * @param id         chapter id: "opening" or the section id
 * @param title      the heading text shown in the navigation
 * @param level      heading level in the NCC: 1 for the title and the sections, 2 for subsections and callouts
 * @param audioFile  flat ASCII file name of the chapter's MP3, e.g. {@code s002.mp3}
 * @param durationMs length of that audio file
 * @param clips      the sentences in reading order
 * @param kind       where its pars go and whether it gets an NCC heading
 */
record DaisyChapter(String id, String title, int level, String audioFile, long durationMs,
                           List<DaisyClip> clips, Kind kind) {
    /** Where a chapter's pars go in the book. */
    enum Kind {
        /** The opening or a section: a SMIL file of its own and an NCC heading linking to its first par. */
        SECTION,
        /** A warning, caution or important callout: its section's SMIL file, and an NCC heading of its own. */
        CALLOUT,
        /** The rest of a section after a callout: its section's SMIL file, no NCC heading. */
        CONTINUATION
    }

    public DaisyChapter {
        Required.nonNull("id title audioFile kind", id, title, audioFile, kind);
        clips = List.copyOf(clips);
        if (clips.isEmpty()) {
            throw new IllegalArgumentException("chapter " + id + " has no clips");
        }
        if (!audioFile.matches("[a-z0-9_.-]+")) {
            throw new IllegalArgumentException("audio file name must be flat ASCII: " + audioFile);
        }
    }

    /** A section. */
    public DaisyChapter(String id, String title, int level, String audioFile, long durationMs, List<DaisyClip> clips) {
        this(id, title, level, audioFile, durationMs, clips, Kind.SECTION);
    }
}
