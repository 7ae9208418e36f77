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
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.guidekit.error.IoReason;
import org.guidekit.error.OutputException;

/**
 * Writes output files so that a reader never sees a half-written one: the bytes go to a temp file, which is then
 * moved over the target in one step. In a folder that is published as it is (a build's output folder, see
 * {@link #keepUnfinishedIn}) the temp files are kept in a folder of their own outside it, so a build killed at any
 * point leaves nothing unfinished in what a copy of the output folder would publish; elsewhere they are hidden
 * {@code .*.part} files beside the target. The next build removes leftovers of either kind.
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

    /** Published folder (absolute, normalised) → where the temp files of writes inside it go. */
    private static final Map<Path, Path> UNFINISHED = new ConcurrentHashMap<>();

    /** Undoes a {@link #keepUnfinishedIn}. */
    public interface Registration extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * From now until the registration is closed, the temp files of every write inside {@code published} are made
     * in {@code unfinished} (emptied first), which must be outside it. When the two are on different file systems
     * a move between them would be a copy, which a reader could catch half done, so the temp files stay beside
     * their targets instead. Closing the registration removes {@code unfinished}.
     */
    public static Registration keepUnfinishedIn(Path published, Path unfinished) {
        Path key = published.toAbsolutePath().normalize();
        Path scratch = unfinished.toAbsolutePath().normalize();
        if (scratch.startsWith(key)) {
            throw new IllegalArgumentException(scratch + " is inside " + key);
        }
        try {
            deleteTree(scratch);
            Files.createDirectories(scratch);
            Files.createDirectories(key);
            if (!Files.getFileStore(scratch).equals(Files.getFileStore(key))) {
                return () -> { };
            }
        } catch (IOException e) {
            throw new OutputException("cannot prepare " + scratch + " for the build's unfinished files ("
                    + IoReason.of(e) + ")", e);
        }
        UNFINISHED.put(key, scratch);
        return () -> {
            UNFINISHED.remove(key, scratch);
            deleteQuietly(scratch); // the folders made for temp files; anything left is a failed write's
        };
    }

    /**
     * Where a file or folder that will become {@code target} is made first: under the registered folder for
     * {@code target}'s published folder, at the same relative path, else a hidden name beside {@code target}.
     *
     * @param kind what the temp file is for, such as {@code ""} or {@code ".old"}; makes the name distinct
     */
    public static Path temporary(Path target, String kind) {
        Path abs = target.toAbsolutePath().normalize();
        for (Path p = abs.getParent(); p != null; p = p.getParent()) {
            Path scratch = UNFINISHED.get(p);
            if (scratch != null) {
                return scratch.resolve(p.relativize(abs).toString() + kind + PART_SUFFIX);
            }
        }
        return abs.getParent().resolve("." + abs.getFileName() + kind + PART_SUFFIX);
    }

    /** Writes {@code target} atomically, creating its folder if needed. */
    public static Path write(Path target, Body body) {
        Path dir = target.toAbsolutePath().getParent();
        Path temp = temporary(target, "");
        replace(target, temp, () -> {
            Files.createDirectories(dir);
            Files.createDirectories(temp.getParent());
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
        Path temp = temporary(target, "");
        Path old = temporary(target, ".old");
        replace(target, temp, () -> {
            deleteTree(temp);
            Files.createDirectories(dir);
            Files.createDirectories(old.getParent());
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
