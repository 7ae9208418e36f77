package org.guidekit.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.guidekit.library.GuideFiles;
import org.guidekit.read.AllowedLinksReader;
import org.guidekit.read.PlainWordsReader;
import org.guidekit.read.PronunciationListReader;
import org.guidekit.read.SettingsReader;

/**
 * The files the workspace may read and write: guides ({@code *.md}) anywhere under the content folder, and the
 * settings files at its top. A name from a request is normalised first and then checked, so no name
 * ({@code ../}, an absolute path, a link pointing out) can reach a file outside the content folder.
 */
final class ContentFiles {
    /** The settings files the workspace edits, in the order it lists them. */
    static final List<String> SETTINGS = List.of(SettingsReader.FILE_NAME, AllowedLinksReader.FILE_NAME,
            PronunciationListReader.FILE_NAME, PlainWordsReader.FILE_NAME);

    private final Path root;

    ContentFiles(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    Path root() {
        return root;
    }

    /** Every guide, sorted by path. */
    List<Path> guides() {
        return GuideFiles.find(List.of(root));
    }

    /** The name of {@code file} relative to the content folder, with forward slashes, as URLs carry it. */
    String name(Path file) {
        return root.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    /** A guide named by a request; it need not exist yet. */
    Path guide(String name) {
        Path p = inside(name);
        String file = p.getFileName().toString();
        if (!file.toLowerCase(Locale.ROOT).endsWith(".md") || file.equalsIgnoreCase("README.md")) {
            throw Refusal.badRequest("\"" + name + "\" is not a guide; guides are .md files in the content folder.");
        }
        return p;
    }

    /** A guide or one of the settings files. */
    Path editable(String name) {
        return SETTINGS.contains(name) ? inside(name) : guide(name);
    }

    /** True for one of the settings files. */
    boolean isSettings(Path file) {
        return file.getParent().equals(root) && SETTINGS.contains(file.getFileName().toString());
    }

    /**
     * Where {@code file} (a path {@link #editable} or {@link #guide} gave, or one under the backup folder) is really
     * written: its folder's real path and its name. Missing folders are made one at a time, and each folder on the
     * way is followed to where it really is and must lie in the content folder, so a link to a folder
     * elsewhere ({@code dir -> /elsewhere}, then {@code dir/sub/new.md}) neither creates nor writes anything there.
     *
     * @throws Refusal (403) for a folder that leads outside the content folder or is not a folder
     */
    Path forWriting(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        if (!abs.startsWith(root) || abs.equals(root)) {
            throw new IllegalArgumentException(file + " is not in " + root);
        }
        String shown = name(abs);
        try {
            Path realRoot = root.toRealPath();
            Path folder = realRoot;
            for (Path part : root.relativize(abs.getParent() == null ? root : abs.getParent())) {
                if (part.toString().isEmpty()) {
                    continue;
                }
                Path next = folder.resolve(part.toString());
                if (!Files.exists(next, LinkOption.NOFOLLOW_LINKS)) {
                    try {
                        // createDirectory, not createDirectories: it makes this one folder, never a link's target
                        Files.createDirectory(next);
                    } catch (java.nio.file.FileAlreadyExistsException raced) {
                        // made meanwhile (perhaps as a link): judged below like any existing one
                    }
                }
                folder = next.toRealPath();
                if (!folder.startsWith(realRoot)) {
                    throw new Refusal(403, "\"" + shown + "\" leads outside the content folder (" + part
                            + " is a link to " + folder + "); the workspace does not write there.");
                }
                if (!Files.isDirectory(folder)) {
                    throw new Refusal(403, "\"" + shown + "\" cannot be written: " + part + " is not a folder.");
                }
            }
            return folder.resolve(abs.getFileName().toString());
        } catch (IOException e) {
            throw Refusal.badRequest("\"" + shown + "\" cannot be written (" + e.getMessage() + ").");
        }
    }

    private Path inside(String name) {
        if (name == null || name.isBlank() || name.length() > 300 || name.indexOf('\0') >= 0
                || name.contains("\\") || name.startsWith("/")) {
            throw Refusal.badRequest("Give the name of a file in the content folder, such as back-pain.md.");
        }
        Path p = root.resolve(name).normalize();
        if (!p.startsWith(root) || p.equals(root)) {
            throw new Refusal(403, "\"" + name + "\" is outside the content folder; the workspace only opens files "
                    + "in " + root + ".");
        }
        for (Path part : root.relativize(p)) {
            if (part.toString().startsWith(".")) {
                throw new Refusal(403, "\"" + name + "\" is a hidden file; the workspace does not open those.");
            }
        }
        // A link inside the folder may point out of it: check where it really leads.
        try {
            if (Files.exists(p, LinkOption.NOFOLLOW_LINKS) && !p.toRealPath().startsWith(root.toRealPath())) {
                throw new Refusal(403, "\"" + name + "\" leads outside the content folder; the workspace does not "
                        + "follow it.");
            }
        } catch (IOException e) {
            throw Refusal.badRequest("\"" + name + "\" cannot be opened (" + e.getMessage() + ").");
        }
        return p;
    }
}
