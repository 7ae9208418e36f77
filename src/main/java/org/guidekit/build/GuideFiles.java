package org.guidekit.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.guidekit.error.OutputException;

/** Finds guide files: {@code *.md} in the given files and folders (recursively), sorted, README.md left out. */
public final class GuideFiles {
    private GuideFiles() {
    }

    public static List<Path> find(List<Path> paths) {
        List<Path> found = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                found.addAll(inFolder(p));
            } else if (Files.isRegularFile(p)) {
                found.add(p);
            } else {
                throw new OutputException(p + ": no such file or folder; check the path",
                        new NoSuchFileException(p.toString()));
            }
        }
        return found;
    }

    private static List<Path> inFolder(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(GuideFiles::isGuide)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new OutputException(dir + ": cannot list the folder (" + e.getMessage() + ")", e);
        }
    }

    static boolean isGuide(Path file) {
        String name = file.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(".md") && !name.equalsIgnoreCase("README.md")
                && !name.startsWith(".");
    }
}
