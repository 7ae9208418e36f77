package org.guidekit.render;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

import org.guidekit.error.IoReason;
import org.guidekit.error.OutputException;

/**
 * Writes output files so that a reader never sees a half-written one: the bytes go to a hidden temp file in the
 * same folder, which is then moved over the target in one step. A crash leaves at most a {@code .*.part} file,
 * which the next build removes.
 */
public final class AtomicOutput {
    /** Suffix of temp files; builds delete leftovers with it. */
    public static final String PART_SUFFIX = ".part";

    private AtomicOutput() {
    }

    /** Writes what {@code body} produces; the stream is buffered by the caller if needed. */
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Fills a folder. */
    public interface FolderBody {
        void writeInto(Path folder) throws IOException;
    }

    /** Writes {@code target} atomically, creating its folder if needed. */
    public static Path write(Path target, Body body) {
        Path dir = target.toAbsolutePath().getParent();
        Path temp = dir.resolve("." + target.getFileName() + PART_SUFFIX);
        replace(target, temp, () -> {
            Files.createDirectories(dir);
            try (OutputStream out = Files.newOutputStream(temp)) {
                body.writeTo(out);
            }
            move(temp, target);
        });
        return target;
    }

    /**
     * Writes a whole folder: it is built beside the target, then swapped in. Should the swap fail, the previous
     * folder is put back, so a reader finds the old book or the new one, never none.
     */
    public static Path writeFolder(Path target, FolderBody body) {
        Path dir = target.toAbsolutePath().getParent();
        Path temp = dir.resolve("." + target.getFileName() + PART_SUFFIX);
        Path old = dir.resolve("." + target.getFileName() + ".old" + PART_SUFFIX);
        replace(target, temp, () -> {
            deleteTree(temp);
            Files.createDirectories(temp);
            body.writeInto(temp);
            swap(temp, target, old);
        });
        deleteQuietly(old); // the new folder is in place; a leftover is removed by the next build
        return target;
    }

    private interface Step {
        void run() throws IOException;
    }

    /** Runs the steps that put {@code target} in place; should one fail, its temp file or folder goes too. */
    private static void replace(Path target, Path temp, Step steps) {
        try {
            steps.run();
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new OutputException("cannot write " + target + " (" + IoReason.of(e) + ")", e);
        } catch (RuntimeException | Error e) {
            deleteQuietly(temp);
            throw e;
        }
    }

    private static void swap(Path temp, Path target, Path old) throws IOException {
        deleteTree(old);
        if (Files.exists(target)) {
            Files.move(target, old);
        }
        try {
            move(temp, target);
        } catch (IOException e) {
            if (Files.exists(old) && !Files.exists(target)) {
                Files.move(old, target);
            }
            throw e;
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Deletes a temp file or folder if it can; best effort, as the next build removes leftovers. */
    private static void deleteQuietly(Path p) {
        try {
            deleteTree(p);
        } catch (IOException ignored) {
            // best effort: the next build removes leftovers
        }
    }

    /** Deletes a file or folder tree if it exists. */
    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
