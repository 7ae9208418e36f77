package org.guidekit.library;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.guidekit.error.ContentException;
import org.guidekit.error.IoReason;
import org.guidekit.error.OutputException;
import org.guidekit.error.Problem;

/** Finds guide files: {@code *.md} in the given files and folders (recursively), sorted, README.md left out. */
public final class GuideFiles {
    private GuideFiles() {
    }

    /** The paths without repeats of the same file (overlapping shell wildcards name a file twice). */
    public static List<Path> distinct(List<Path> files) {
        java.util.Map<Path, Path> byRealPath = new java.util.LinkedHashMap<>();
        for (Path f : files) {
            byRealPath.putIfAbsent(f.toAbsolutePath().normalize(), f);
        }
        return List.copyOf(byRealPath.values());
    }

    public static List<Path> find(List<Path> paths) {
        List<Path> found = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                found.addAll(inFolder(p));
            } else if (Files.exists(p)) {
                found.add(p); // the reader refuses what is not a regular file (a named pipe), naming it
            } else {
                throw new OutputException(p + ": no such file or folder; check the path",
                        new NoSuchFileException(p.toString()));
            }
        }
        return distinct(found);
    }

    private static List<Path> inFolder(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            // Not only regular files: a named pipe or a link to nothing called *.md is a guide the reader then
            // refuses by name, where skipping it would leave a guide out of the library without a word.
            return walk.filter(f -> !Files.isDirectory(f))
                    .filter(f -> isGuide(f) && !hidden(dir.relativize(f)))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw unreadable(dir, e);
        } catch (UncheckedIOException e) {
            // Files.walk reports a folder it cannot enter while iterating, wrapped.
            throw unreadable(dir, e.getCause());
        }
    }

    private static OutputException unreadable(Path dir, IOException e) {
        Path where = e instanceof java.nio.file.FileSystemException f && f.getFile() != null ? Path.of(f.getFile()) : dir;
        return new OutputException(where + ": cannot read this folder (" + IoReason.of(e) + "); fix its "
                + "permissions or move it out of " + dir, e);
    }

    /** Folders such as .git or an editor's .backup are not content. */
    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /** The error for a second guide whose name (file name without .md) another guide already has. */
    static ContentException sameName(Path file, Path first) {
        return new ContentException(new Problem(file.toString(), 0, "another guide, " + first + ", has the same file "
                + "name, and both would write to the same output folder; rename one of them"));
    }

    /**
     * A name that makes a plain output folder directly inside the output folder: not empty, not hidden, not
     * {@code .} or {@code ..}, no separators or control characters.
     */
    static boolean isPlainName(String name) {
        return !name.isEmpty() && !name.startsWith(".") && name.chars().noneMatch(c -> c == '/' || c == '\\'
                || c < 0x20 || c == 0x7F) && !name.strip().isEmpty();
    }

    /**
     * The output folder of {@code file} inside {@code out}; a name that would land anywhere else (an empty,
     * hidden, {@code .} or {@code ..} folder) is refused, for {@code render} exactly as for {@code build}.
     */
    static Path outputFolder(Path file, Path out) {
        String name = org.guidekit.read.MarkdownGuideReader.name(file);
        Path base = out.toAbsolutePath().normalize();
        if (!isPlainName(name) || !base.equals(base.resolve(name).normalize().getParent())) {
            throw new ContentException(new Problem(file.toString(), 0, "the file name gives the output folder the "
                    + "name \"" + name + "\", which is empty, hidden or not a plain folder name; rename the file "
                    + "to a plain name such as caring-for-your-wound.md"));
        }
        return base.resolve(name);
    }

    static boolean isGuide(Path file) {
        String name = file.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(".md") && !name.equalsIgnoreCase("README.md")
                && !name.startsWith(".");
    }
}
