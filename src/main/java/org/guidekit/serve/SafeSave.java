package org.guidekit.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.guidekit.error.ContentException;
import org.guidekit.error.IoReason;
import org.guidekit.error.OutputException;
import org.guidekit.error.Problem;
import org.guidekit.library.Renderers;
import org.guidekit.read.AllowedLinksReader;
import org.guidekit.read.PlainWordsReader;
import org.guidekit.read.PronunciationListReader;
import org.guidekit.read.SettingsReader;
import org.guidekit.render.AtomicOutput;

/**
 * Saving an edit so that nothing is ever lost: the text is checked first (a settings file must read, since every
 * guide depends on it); a file changed on disk since the editor opened it is not overwritten (the page shows both
 * versions instead); the version being replaced is kept in {@code .guidekit-backups/} (the newest
 * {@value #BACKUPS_KEPT} per file); and the new text is written to a temporary file and moved into place.
 */
final class SafeSave {
    static final String BACKUP_FOLDER = ".guidekit-backups";
    static final int BACKUPS_KEPT = 20;
    /** The version of a file that does not exist yet. */
    static final String ABSENT = "new";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    private final ContentFiles files;

    SafeSave(ContentFiles files) {
        this.files = files;
    }

    /** A file's text and the version it was opened at. */
    record Opened(String text, String version) {
    }

    /** What a save did: {@code saved} with the new version, or a conflict with what is on disk now. */
    record Outcome(boolean saved, String version, String diskText) {
    }

    static Opened open(Path file) {
        String notRegular = IoReason.notRegular(file);
        if (notRegular != null) {
            throw Refusal.badRequest(file.getFileName() + " " + notRegular + "; the workspace opens only files.");
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            return new Opened(new String(bytes, StandardCharsets.UTF_8), version(bytes));
        } catch (NoSuchFileException e) {
            return new Opened("", ABSENT);
        } catch (IOException e) {
            throw new OutputException(file + ": cannot be read (" + IoReason.of(e) + ")", e);
        }
    }

    static String version(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Browsers send a text area's lines ended with CR LF; guides are kept with LF, as they were written. */
    static String normalise(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /**
     * Saves {@code text} into {@code file} if the file is still at {@code openedVersion}.
     *
     * @throws Refusal when the text is not acceptable (the page keeps it in the editor)
     */
    synchronized Outcome save(Path file, String text, String openedVersion) {
        String t = normalise(text == null ? "" : text);
        if (t.indexOf('\0') >= 0) {
            throw new Refusal(422, "The text holds a character that is not text (NUL); remove it and save again.");
        }
        if (files.isSettings(file)) {
            validateSettings(file, t);
        }
        Opened disk = open(file);
        if (!disk.version().equals(openedVersion)) {
            return new Outcome(false, disk.version(), disk.text());
        }
        byte[] bytes = t.getBytes(StandardCharsets.UTF_8);
        Path target = files.forWriting(file);
        if (!disk.version().equals(ABSENT)) {
            backup(file, disk.text());
        }
        AtomicOutput.write(target, out -> out.write(bytes));
        return new Outcome(true, version(bytes), t);
    }

    /**
     * Renames guide {@code from} to {@code to} in the same folder; a file already named {@code to} is never
     * replaced. The backups of the old name stay under it.
     *
     * @throws Refusal (409) when {@code to} exists, (404) when {@code from} does not
     */
    synchronized void rename(Path from, Path to) {
        if (!Files.isRegularFile(from, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            throw Refusal.notFound("There is no guide " + files.name(from) + " in the content folder.");
        }
        Path source = files.forWriting(from);
        Path target = files.forWriting(to);
        if (Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            throw new Refusal(409, "Not renamed: " + files.name(to) + " is already a file in the content folder; "
                    + "choose another name.");
        }
        try {
            Files.move(source, target); // no REPLACE_EXISTING: a file made meanwhile is not replaced either
        } catch (java.nio.file.FileAlreadyExistsException e) {
            throw new Refusal(409, "Not renamed: " + files.name(to) + " is already a file in the content folder; "
                    + "choose another name.");
        } catch (IOException e) {
            throw new OutputException(files.name(from) + ": cannot be renamed (" + IoReason.of(e) + ")", e);
        }
    }

    /**
     * Deletes guide {@code file} by moving it into its backup folder ({@code .guidekit-backups/<name>/}, named
     * with the time and {@code deleted}), so it can be brought back.
     *
     * @return the name of the kept copy, relative to the content folder
     */
    synchronized String delete(Path file) {
        if (!Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            throw Refusal.notFound("There is no guide " + files.name(file) + " in the content folder.");
        }
        Path folder = files.root().resolve(BACKUP_FOLDER).resolve(files.name(file));
        Path kept = files.forWriting(folder.resolve(LocalDateTime.now().format(STAMP) + "-deleted-"
                + file.getFileName()));
        try {
            Files.move(files.forWriting(file), kept);
        } catch (IOException e) {
            throw new OutputException(files.name(file) + ": cannot be moved to the backups (" + IoReason.of(e)
                    + ")", e);
        }
        return files.name(files.root().resolve(BACKUP_FOLDER).resolve(files.name(file))
                .resolve(kept.getFileName().toString()));
    }

    private void backup(Path file, String text) {
        Path folder = files.root().resolve(BACKUP_FOLDER).resolve(files.name(file));
        Path copy = files.forWriting(folder.resolve(LocalDateTime.now().format(STAMP) + "-" + file.getFileName()));
        folder = copy.getParent();
        AtomicOutput.write(copy, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
        try (Stream<Path> old = Files.list(folder)) {
            List<Path> all = old.filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
            for (Path p : all.subList(0, Math.max(0, all.size() - BACKUPS_KEPT))) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // An old backup that cannot be removed costs disk space, not work.
        }
    }

    /** Reads the new text as the file it will become; a mistake is refused with its line. */
    private void validateSettings(Path file, String text) {
        String name = file.getFileName().toString();
        String shown = files.root().getFileName() + "/" + name;
        try {
            if (name.equals(SettingsReader.FILE_NAME)) {
                SettingsReader.parse(text, shown, Renderers.formats()); // the build's formats, as it reads them
                return;
            }
            Path trial = files.forWriting(files.root().resolve(BACKUP_FOLDER).resolve(".check").resolve(name));
            Files.writeString(trial, text);
            try {
                if (name.equals(AllowedLinksReader.FILE_NAME)) {
                    AllowedLinksReader.read(trial);
                } else if (name.equals(PlainWordsReader.FILE_NAME)) {
                    PlainWordsReader.read(trial);
                } else {
                    PronunciationListReader.read(trial);
                }
            } catch (ContentException e) {
                throw new ContentException(e.problems().stream().map(p -> new Problem(shown, p.line(),
                        p.message().replace(trial.toString(), shown))).toList());
            } finally {
                Files.deleteIfExists(trial);
            }
        } catch (ContentException e) {
            StringBuilder b = new StringBuilder("Not saved: ");
            e.problems().forEach(p -> b.append(p.file()).append(':').append(p.line()).append(": ")
                    .append(p.message()).append(' '));
            throw new Refusal(422, b.toString().strip());
        } catch (IOException e) {
            throw new OutputException(file + ": cannot check the new text (" + IoReason.of(e) + ")", e);
        }
    }
}
