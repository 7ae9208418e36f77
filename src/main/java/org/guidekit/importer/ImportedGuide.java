package org.guidekit.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import org.guidekit.check.Finding;
import org.guidekit.error.IoReason;
import org.guidekit.error.OutputException;

/**
 * A Word leaflet converted to a guide, not yet written: its name, Markdown, pictures and the importer's findings.
 */
public final class ImportedGuide {
    private final String source;
    private final String name;
    private final String markdown;
    private final List<ImportedPicture> pictures;
    private final List<Note> notes;

    ImportedGuide(String source, String name, String markdown, List<ImportedPicture> pictures, List<Note> notes) {
        this.source = source;
        this.name = name;
        this.markdown = markdown;
        this.pictures = List.copyOf(pictures);
        this.notes = List.copyOf(notes);
    }

    /** The guide's name: its file is {@code <name>.md}, its pictures {@code images/<name>-N.png}. */
    public String name() {
        return name;
    }

    public String markdown() {
        return markdown;
    }

    public List<ImportedPicture> pictures() {
        return pictures;
    }

    /** The guide's file in {@code dir}. */
    public Path markdownFile(Path dir) {
        return dir.resolve(name + ".md");
    }

    /** The files {@link #write} would create in {@code dir} that already exist. */
    public List<Path> existing(Path dir) {
        List<Path> found = new ArrayList<>();
        for (Path p : targets(dir)) {
            if (Files.exists(p)) {
                found.add(p);
            }
        }
        return found;
    }

    private List<Path> targets(Path dir) {
        List<Path> all = new ArrayList<>();
        all.add(markdownFile(dir));
        for (ImportedPicture p : pictures) {
            all.add(dir.resolve("images").resolve(p.fileName()));
        }
        return all;
    }

    /**
     * The importer's findings, {@code file:line: severity [rule] message; what to do}: in the guide's Markdown
     * when the text is there, else in the Word file at the paragraph's number (or the whole file).
     */
    public List<Finding> findings(Path markdownFile) {
        List<Finding> out = new ArrayList<>();
        for (Note n : notes) {
            out.add(n.finding(markdownFile.toString(), source));
        }
        return out;
    }

    /**
     * Writes the pictures, then the guide, into {@code dir} (replacing files of the same names): each file is
     * written to a temporary file beside it and moved into place, so none is ever half-written.
     */
    public Path write(Path dir) {
        for (ImportedPicture p : pictures) {
            atomicWrite(dir.resolve("images").resolve(p.fileName()), p.bytes());
        }
        Path md = markdownFile(dir);
        atomicWrite(md, markdown.getBytes(StandardCharsets.UTF_8));
        return md;
    }

    private static void atomicWrite(Path target, byte[] bytes) {
        Path temp = target.resolveSibling("." + target.getFileName() + ".part");
        try {
            Files.createDirectories(target.toAbsolutePath().getParent());
            Files.write(temp, bytes);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // best effort; the message below names the real problem
            }
            throw new OutputException("cannot write " + target + " (" + IoReason.of(e) + ")", e);
        }
    }
}
