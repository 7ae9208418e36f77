package org.guidekit.read;

import java.util.Objects;

/**
 * The clinic's settings from {@code content/guidekit.yaml}; every key is optional and has a default. More keys
 * (organization, default size and paper, formats, speaking rate) join here as they are needed.
 *
 * @param libraryTitle        the heading and title of {@code output/index.html}
 * @param libraryIntroduction the paragraph under it
 */
public record Settings(String libraryTitle, String libraryIntroduction) {
    public static final String DEFAULT_TITLE = "Patient guides";
    public static final String DEFAULT_INTRODUCTION = "Each guide can be read and listened to on this site, printed "
            + "in large type, or downloaded as audio, an e-book or a talking book.";

    public Settings {
        Objects.requireNonNull(libraryTitle, "libraryTitle");
        Objects.requireNonNull(libraryIntroduction, "libraryIntroduction");
    }

    /** The settings of a content folder without {@code guidekit.yaml}. */
    public static Settings defaults() {
        return new Settings(DEFAULT_TITLE, DEFAULT_INTRODUCTION);
    }
}
