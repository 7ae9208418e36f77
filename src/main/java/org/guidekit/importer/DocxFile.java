package org.guidekit.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.guidekit.error.ContentException;
import org.guidekit.error.IoReason;
import org.guidekit.error.OutputException;
import org.guidekit.error.Problem;

/**
 * Opens a .docx safely, or says in one line what the file is instead and what to do: an old .doc, a password-
 * protected document, a PDF, a damaged or oversized archive. The archive's entry count, each entry's size and
 * its compression ratio (zip bombs) are checked by POI's {@link ZipSecureFile} before anything is extracted.
 */
final class DocxFile {
    /** A leaflet with many photos is a few MB; far beyond that is a mistake or an attack. */
    static final long MAX_FILE_MB = 100;
    static final int MAX_PICTURE_MB = 50;
    /** A .docx has a dozen entries plus one per picture. */
    static final long MAX_ENTRIES = 1000;
    static final long MAX_ENTRY_MB = 64;
    /** A ratio below this (1 byte stored for 100 unpacked) is a zip bomb. */
    static final double MIN_INFLATE_RATIO = 0.01;

    static {
        PoiLogging.quiet();
        // POI's archive limits are global settings; guidekit only ever wants these, so they are set once here.
        ZipSecureFile.setMaxFileCount(MAX_ENTRIES);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_MB * 1024 * 1024);
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxTextSize(MAX_ENTRY_MB * 1024 * 1024);
        XWPFPictureData.setMaxImageSize(MAX_PICTURE_MB * 1024 * 1024);
    }

    private DocxFile() {
    }

    /** Opens {@code file}; the caller closes the document. Nothing is written anywhere. */
    static XWPFDocument open(Path file) {
        String name = file.toString();
        byte[] head = head(file, name);
        if (startsWith(head, 0x50, 0x4B, 0x03, 0x04)) {
            return openZip(file, name);
        } else if (startsWith(head, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            throw refuse(name, ole2(file, name));
        } else if (startsWith(head, '%', 'P', 'D', 'F')) {
            throw refuse(name, "this is a PDF file, not a Word document; open the leaflet's original in Word and "
                    + "save it as .docx (or copy its text into a new Word document)");
        } else if (startsWith(head, '{', '\\', 'r', 't', 'f')) {
            throw refuse(name, "this is an RTF file, not a .docx; open it in Word and save it as .docx");
        } else if (head.length == 0) {
            throw refuse(name, "the file is empty; save the leaflet again from Word as .docx");
        }
        String lower = name.toLowerCase(Locale.ROOT);
        throw refuse(name, "this is not a Word document" + (lower.endsWith(".docx") ? " (only its name ends in .docx)"
                : "") + "; save the leaflet from Word as .docx (File, Save As, Word Document)");
    }

    private static XWPFDocument openZip(Path file, String name) {
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
            return new XWPFDocument(pkg);
        } catch (Exception e) {
            if (pkg != null) {
                pkg.revert();
            }
            throw refuse(name, zipProblem(e));
        }
    }

    /** What went wrong opening an archive, in words; POI says it in its exception messages only. */
    private static String zipProblem(Throwable e) {
        String all = messages(e).toLowerCase(Locale.ROOT);
        if (all.contains("zip bomb") || all.contains("exceed the max")) {
            return "the file unpacks to far more data than a Word document holds (a \"zip bomb\" or a damaged "
                    + "file), so it was not opened; open it in Word and save it again as .docx";
        } else if (all.contains("internal file entries") || all.contains("potentially malicious")) {
            return "the file holds more than " + MAX_ENTRIES + " parts, far more than a Word document, so it was "
                    + "not opened; open it in Word and save it again as .docx";
        } else if (all.contains("content_types") || all.contains("content type") || all.contains("no valid entries") || all.contains("not a valid")
                || all.contains("document.xml") || all.contains("core document")
                || all.contains("isn't a") || all.contains("not a") && all.contains("word")) {
            return "this is a zip archive but not a Word document; save the leaflet from Word as .docx";
        }
        return "the file is damaged and cannot be read as a Word document; open it in Word (which may offer to "
                + "repair it) and save it again as .docx";
    }

    private static String messages(Throwable e) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = e; t != null && sb.length() < 4000; t = t.getCause()) {
            sb.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage()).append('\n');
        }
        return sb.toString();
    }

    /** An OLE2 file is an old .doc, or a .docx protected with a password (stored encrypted inside OLE2). */
    private static String ole2(Path file, String name) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            if (fs.getRoot().hasEntry("EncryptionInfo")) {
                return "the document is protected with a password; in Word, open it and remove the password "
                        + "(File, Info, Protect Document, Encrypt with Password: clear it), then save it as .docx";
            } else if (fs.getRoot().hasEntry("WordDocument")) {
                return "this is an old Word .doc file; open it in Word and save it as .docx (File, Save As, Word "
                        + "Document)";
            }
            return "this is an older Office file but not a Word document; save the leaflet from Word as .docx";
        } catch (IOException | RuntimeException e) {
            return "this looks like an old Word .doc file but it is damaged; open it in Word and save it as .docx";
        }
    }

    private static byte[] head(Path file, String name) {
        try {
            if (Files.isDirectory(file)) {
                throw new OutputException(name + ": is a folder; give a .docx file", null);
            }
            String notRegular = IoReason.notRegular(file);
            if (notRegular != null) {
                throw refuse(name, "this " + notRegular);
            }
            long size = Files.size(file);
            if (size > MAX_FILE_MB * 1024 * 1024) {
                throw refuse(name, "the file is " + size / (1024 * 1024) + " MB, more than the " + MAX_FILE_MB
                        + " MB a leaflet needs; save smaller copies of its pictures in Word (Compress Pictures) and "
                        + "try again");
            }
            try (InputStream in = Files.newInputStream(file)) {
                return in.readNBytes(8);
            }
        } catch (NoSuchFileException e) {
            throw new OutputException(name + ": no such file; check the name and folder", e);
        } catch (IOException e) {
            throw new OutputException(name + ": cannot read the file (" + IoReason.of(e) + ")", e);
        }
    }

    private static boolean startsWith(byte[] head, int... magic) {
        if (head.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((head[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static ContentException refuse(String name, String message) {
        return new ContentException(new Problem(name, 0, message));
    }
}
