package org.guidekit.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.commonmark.node.Image;
import org.guidekit.model.Figure;
import org.guidekit.model.Inlines;

/** Reads an image on its own line, insisting on alt text and a PNG/JPEG file inside the guide's folder. */
record FigureReader(Problems problems, InlineConverter inlines, Path guideDir) {
    FigureReader {
        guideDir = guideDir.toAbsolutePath().normalize();
    }

    Figure figure(Image image, String id, int line) {
        String src = image.getDestination().strip();
        String alt = Inlines.plainText(inlines.children(image)).strip();
        if (alt.isEmpty()) {
            problems.add(line, "image \"" + src + "\" has no alt text; write ![description](" + src + ")");
            return null;
        }
        Path file = resolve(src, line);
        return file == null ? null : new Figure(id, alt, src, file, line);
    }

    private Path resolve(String src, int line) {
        if (!InlineConverter.scheme(src).isEmpty()) {
            problems.add(line, "image \"" + src + "\" is not a file; save the picture in the guide's folder "
                    + "(e.g. images/) and write its path");
            return null;
        }
        Path file = guideDir.resolve(src).normalize();
        if (!file.startsWith(guideDir) || src.startsWith("/")) {
            problems.add(line, "image \"" + src + "\" is outside the guide's folder; copy it into the folder "
                    + "(e.g. images/) and write images/<name>");
            return null;
        }
        String lower = src.toLowerCase(Locale.ROOT);
        if (!(lower.endsWith(".png") || lower.endsWith(".jpg") || lower.endsWith(".jpeg"))) {
            problems.add(line, "image \"" + src + "\" is not a PNG or JPEG file; save the picture as .png or .jpg");
            return null;
        }
        if (!Files.isRegularFile(file)) {
            problems.add(line, "image \"" + src + "\" was not found (looked for " + file + "); check the file name "
                    + "and folder");
            return null;
        }
        try {
            // A symbolic link could still point outside the folder.
            if (!file.toRealPath().startsWith(guideDir.toRealPath())) {
                problems.add(line, "image \"" + src + "\" links to a file outside the guide's folder; copy the "
                        + "picture itself into the folder");
                return null;
            }
        } catch (IOException e) {
            problems.add(line, "image \"" + src + "\" cannot be read (" + e.getMessage() + "); check the file");
            return null;
        }
        return file;
    }
}
