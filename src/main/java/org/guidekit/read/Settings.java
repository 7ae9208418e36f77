package org.guidekit.read;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.guidekit.model.Required;

/**
 * The clinic's settings from {@code content/guidekit.yaml}; every key is optional. A key that is absent leaves the
 * command line's own default; an option given on the command line overrides the file.
 *
 * @param libraryTitle        the heading and title of {@code output/index.html}
 * @param libraryIntroduction the paragraph under it
 * @param organization        the clinic's name, written into new guides ({@code guidekit new})
 * @param size                body text size of the handout in points ({@code --size})
 * @param paper               {@code letter} or {@code a4} ({@code --paper})
 * @param formats             the formats a build makes ({@code --format}), in file order; empty for the default
 * @param rate                speaking rate in words per minute ({@code --rate})
 * @param pitch               voice pitch in Hz ({@code --pitch})
 */
public record Settings(String libraryTitle, String libraryIntroduction, Optional<String> organization,
                       Optional<Float> size, Optional<String> paper, List<String> formats, OptionalInt rate,
                       Optional<Float> pitch) {
    public static final String DEFAULT_TITLE = "Patient guides";
    public static final String DEFAULT_INTRODUCTION = "Each guide can be read and listened to on this site, printed "
            + "in large type, or downloaded as audio, an e-book or a talking book.";

    public Settings {
        Required.nonNull("libraryTitle libraryIntroduction organization size paper rate pitch",
                libraryTitle, libraryIntroduction, organization, size, paper, rate, pitch);
        formats = List.copyOf(formats);
    }

    /** Only the library page's title and introduction; everything else left to the command line's defaults. */
    public Settings(String libraryTitle, String libraryIntroduction) {
        this(libraryTitle, libraryIntroduction, Optional.empty(), Optional.empty(), Optional.empty(), List.of(),
                OptionalInt.empty(), Optional.empty());
    }

    /** The settings of a content folder without {@code guidekit.yaml}. */
    public static Settings defaults() {
        return new Settings(DEFAULT_TITLE, DEFAULT_INTRODUCTION);
    }
}
