package org.guidekit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.guidekit.error.OutputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A failed write leaves the previous file or folder as it was, and no temp file or folder behind. */
class AtomicOutputTest {
    @Test
    void aFailedFileKeepsTheOldOneAndLeavesNoTempFile(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("guide.pdf");
        Files.writeString(target, "old");

        OutputException e = assertThrows(OutputException.class, () -> AtomicOutput.write(target, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        }));
        assertEquals("cannot write " + target + " (disk full)", e.getMessage());
        assertThrows(IllegalStateException.class, () -> AtomicOutput.write(target, out -> {
            throw new IllegalStateException("a bug");
        }));

        assertEquals("old", Files.readString(target));
        assertEquals(List.of(target), list(dir));
    }

    @Test
    void aFailedFolderKeepsTheOldOneAndLeavesNoTempFolder(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("daisy");
        Files.createDirectories(target);
        Files.writeString(target.resolve("ncc.html"), "old");

        assertThrows(OutputException.class, () -> AtomicOutput.writeFolder(target, tmp -> {
            Files.writeString(tmp.resolve("ncc.html"), "half");
            throw new IOException("disk full");
        }));

        assertEquals("old", Files.readString(target.resolve("ncc.html")));
        assertEquals(List.of(target), list(dir));
    }

    @Test
    void aWrittenFolderReplacesTheOldOne(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("web");
        Files.createDirectories(target);
        Files.writeString(target.resolve("gone.css"), "old");

        AtomicOutput.writeFolder(target, tmp -> Files.writeString(tmp.resolve("read-along.css"), "new"));

        assertEquals(List.of(target.resolve("read-along.css")), list(target));
        assertEquals(List.of(target), list(dir), "no temp or old folder is left");
    }

    private static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }
}
