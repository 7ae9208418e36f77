package org.guidekit.render.daisy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.guidekit.render.AtomicOutput;

/**
 * Packs a book folder into a zip for download: the book in a folder of its own inside, entries in name order, a
 * fixed entry time, so the same book always gives the same bytes.
 */
final class DaisyZip {
    private static final LocalDateTime FIXED_TIME = LocalDateTime.of(2026, 1, 1, 0, 0);

    private DaisyZip() {
    }

    static Path write(Path folder, Path zip) {
        String top = zip.getFileName().toString().replaceFirst("\\.zip$", "") + "/";
        return AtomicOutput.write(zip, out -> pack(folder, top, out));
    }

    private static void pack(Path folder, String top, OutputStream out) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.sorted().toList();
        }
        ZipOutputStream zip = new ZipOutputStream(out);
        for (Path f : files) {
            ZipEntry e = new ZipEntry(top + f.getFileName());
            e.setTimeLocal(FIXED_TIME);
            zip.putNextEntry(e);
            Files.copy(f, zip);
            zip.closeEntry();
        }
        zip.finish();
    }
}
