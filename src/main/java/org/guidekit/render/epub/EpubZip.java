package org.guidekit.render.epub;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The book's container, deterministic: {@code mimetype} first and stored (as OCF requires), then every file in
 * the order given, with one fixed entry time and no extra fields. Media and pictures are stored (they are
 * compressed already, and readers seek in stored audio); text is deflated.
 */
final class EpubZip implements AutoCloseable {
    private static final LocalDateTime FIXED_TIME = LocalDateTime.of(2026, 1, 1, 0, 0);
    private final ZipOutputStream zip;

    EpubZip(OutputStream out) throws IOException {
        zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        stored("mimetype", "application/epub+zip".getBytes(StandardCharsets.US_ASCII));
    }

    /** A text file, deflated. */
    void deflated(String name, byte[] bytes) throws IOException {
        ZipEntry e = new ZipEntry(name);
        e.setTimeLocal(FIXED_TIME);
        e.setMethod(ZipEntry.DEFLATED);
        zip.putNextEntry(e);
        zip.write(bytes);
        zip.closeEntry();
    }

    /** A file stored as it is. */
    void stored(String name, byte[] bytes) throws IOException {
        ZipEntry e = new ZipEntry(name);
        e.setTimeLocal(FIXED_TIME);
        e.setMethod(ZipEntry.STORED);
        e.setSize(bytes.length);
        e.setCompressedSize(bytes.length);
        CRC32 crc = new CRC32();
        crc.update(bytes);
        e.setCrc(crc.getValue());
        zip.putNextEntry(e);
        zip.write(bytes);
        zip.closeEntry();
    }

    /** A file stored as it is, streamed from disk (an MP3 need not fit in memory). */
    void stored(String name, java.nio.file.Path file) throws IOException {
        CRC32 crc = new CRC32();
        long size = 0;
        byte[] buf = new byte[1 << 16];
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
            for (int n; (n = in.read(buf)) > 0; size += n) {
                crc.update(buf, 0, n);
            }
        }
        ZipEntry e = new ZipEntry(name);
        e.setTimeLocal(FIXED_TIME);
        e.setMethod(ZipEntry.STORED);
        e.setSize(size);
        e.setCompressedSize(size);
        e.setCrc(crc.getValue());
        zip.putNextEntry(e);
        java.nio.file.Files.copy(file, zip);
        zip.closeEntry();
    }

    @Override
    public void close() throws IOException {
        zip.finish();
    }
}
