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
