package org.guidekit.error;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Says in words why a file operation failed. NIO exceptions often carry only a path as their message, which
 * leaves a user guessing; "permission denied" tells them what to fix.
 */
public final class IoReason {
    private IoReason() {
    }

    public static String of(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied; check the folder's permissions or choose another folder";
        } else if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        } else if (e instanceof NotDirectoryException) {
            return "not a folder";
        } else if (e instanceof FileAlreadyExistsException) {
            return "a file of that name is in the way";
        } else if (e instanceof DirectoryNotEmptyException) {
            return "the folder is not empty";
        } else if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason().toLowerCase(java.util.Locale.ROOT);
        }
        return String.valueOf(e.getMessage());
    }

    /**
     * Why {@code file} cannot be read as a file, or null when it is a regular file (or absent, which the reading
     * reports itself). A named pipe (FIFO), device or socket never ends, or ends only when another program says
     * so: reading one would block the command for ever, so every reader asks here first.
     */
    public static String notRegular(Path file) {
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            return null;
        }
        if (a.isRegularFile()) {
            return null;
        }
        String kind = a.isDirectory() ? "a folder" : a.isOther() ? "a named pipe (FIFO), device or socket" : "not a file";
        return "is " + kind + ", not a regular file; give a file saved by an editor";
    }
}
