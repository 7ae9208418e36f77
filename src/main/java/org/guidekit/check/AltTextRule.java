package org.guidekit.check;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.guidekit.model.Figure;

/**
 * Alt text that tells a listener nothing: a file name ("IMG_1234.png"), the picture's path, or a word such as
 * "image". (Missing alt text never reaches the model: the reader reports it.) An error, because a blind reader
 * gets no more from it than from no alt text at all.
 */
final class AltTextRule extends PieceRule<Figure> {
    static final String ID = "alt-text";
    private static final Pattern FILE_NAME = Pattern.compile("(?i).*\\.(png|jpe?g|gif|svg|webp|bmp|tiff?|heic)$"
            + "|(?i)(img|image|dsc|dscn|pxl|photo|screenshot)[_ -]?\\d+.*");
    private static final Set<String> SAYS_NOTHING = Set.of("image", "picture", "photo", "photograph", "figure",
            "graphic", "illustration", "diagram", "icon", "img", "pic", "alt", "alt text", "placeholder");
    /** Screen readers read alt text in one go; past a few sentences it belongs in the text. */
    static final int MAX_CHARS = 250;

    AltTextRule() {
        super(context -> context.blocks(Figure.class), ID);
    }

    @Override
    void check(Figure f, Findings found) {
        String alt = f.alt().strip();
        String lower = alt.toLowerCase(Locale.ROOT);
        String fileName = f.src().replaceAll("^.*/", "");
        if (FILE_NAME.matcher(alt).matches() || alt.equalsIgnoreCase(f.src()) || alt.equalsIgnoreCase(fileName)) {
            found.add(Severity.ERROR, f.line(), "the picture's alt text \"" + alt
                    + "\" is a file name", "describe what the picture shows, e.g. ![A person stretching](" + f.src()
                    + ")");
        } else if (lower.startsWith("todo:")) {
            // The Word importer's placeholder for a picture that had no description.
            found.add(Severity.ERROR, f.line(), "the picture's alt text \"" + alt
                    + "\" is a placeholder", "describe what the picture shows in a short sentence");
        } else if (SAYS_NOTHING.contains(lower.replaceAll("^(an?|the)\\s+", ""))) {
            found.add(Severity.ERROR, f.line(), "the picture's alt text \"" + alt
                    + "\" does not say what it shows", "describe the picture in a short sentence");
        } else if (alt.length() > MAX_CHARS) {
            found.add(Severity.WARNING, f.line(), "the picture's alt text is " + alt.length()
                    + " characters long", "keep it under " + MAX_CHARS + " characters and put details in the text");
        }
    }
}
