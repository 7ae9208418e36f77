package org.guidekit.serve;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.guidekit.check.Finding;
import org.guidekit.error.GuidekitException;
import org.guidekit.error.IoReason;
import org.guidekit.error.OutputException;
import org.guidekit.importer.ImportedGuide;
import org.guidekit.importer.WordImporter;
import org.guidekit.render.AtomicOutput;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;

/**
 * Files staff send from their computer: a picture for a guide (kept in {@code images/} of the content folder,
 * with the alt text asked for at upload) and a Word leaflet imported as a new guide exactly as
 * {@code guidekit import} does. Nothing sent ever replaces a file already there.
 */
final class Uploads {
    /** The picture folder, beside the guides, as {@code guidekit import} writes it. */
    static final String IMAGES = "images";
    /**
     * The most pixels a picture may have: the handout's own limit (the PDF renderer and the importer refuse a
     * larger one), so a picture accepted here is one every edition can print.
     */
    static final long MAX_PIXELS = 50_000_000L;
    /** The largest picture file: the importer's limit for a picture inside a Word document. */
    static final long MAX_PICTURE_BYTES = 50L * 1024 * 1024;
    /** Alt text is a sentence or two; a screen reader reads all of it. */
    static final int MAX_ALT = 250;
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final int NOTES_KEPT = 16;

    private final ContentFiles files;
    /** The import's findings for each guide just imported, shown once when its page opens. */
    private final Map<String, String> importNotes = new LinkedHashMap<>(16, 0.75f, false) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > NOTES_KEPT;
        }
    };

    Uploads(ContentFiles files) {
        this.files = files;
    }

    /** A picture saved: the name to write in the guide ({@code images/x.png}) and its alt text. */
    record SavedPicture(String src, String alt) {
        /** The Markdown line that shows the picture. */
        String markdown() {
            return "![" + alt + "](" + src + ")";
        }
    }

    /** POST /picture (file, alt, picture): the picture checked and saved; the guide's page offers its line. */
    SavedPicture picture(Context ctx) {
        String guide = Routes.param(ctx, "file");
        files.guide(guide); // a picture belongs to a guide in this folder
        String alt = alt(ctx.formParam("alt"));
        UploadedFile upload = ctx.uploadedFile("picture");
        if (upload == null || upload.size() == 0) {
            throw new Refusal(422, "No picture was chosen; choose a PNG or JPEG file and send it again.");
        }
        if (upload.size() > MAX_PICTURE_BYTES) {
            throw new Refusal(413, "The picture is " + megabytes(upload.size()) + " MB, more than the "
                    + MAX_PICTURE_BYTES / (1024 * 1024) + " MB a picture may be; save a smaller copy (at most 3000 "
                    + "pixels wide) and send that.");
        }
        byte[] bytes;
        try (InputStream in = upload.content()) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw Refusal.badRequest("The picture could not be received (" + IoReason.of(e) + "); send it again.");
        }
        String extension = startsWith(bytes, PNG) ? "png" : startsWith(bytes, JPEG) ? "jpg" : null;
        if (extension == null) {
            throw new Refusal(422, "\"" + baseName(upload.filename()) + "\" is not a PNG or JPEG picture (whatever "
                    + "its name says); save it as PNG or JPEG and send it again.");
        }
        long[] size = pixels(bytes, upload.filename());
        if (size[0] * size[1] > MAX_PIXELS) {
            throw new Refusal(422, "The picture is " + size[0] + " x " + size[1] + " pixels, far too large to "
                    + "print; save a copy at most 3000 pixels wide and send that.");
        }
        String name = safeName(upload.filename(), extension);
        Path target = files.forWriting(files.root().resolve(IMAGES).resolve(name));
        writeNew(target, bytes, "A picture named " + name + " is already in the pictures folder; nothing was "
                + "replaced. Rename your file and send it again, or use the picture already there.");
        return new SavedPicture(IMAGES + "/" + name, alt);
    }

    /**
     * POST /import (document): the Word leaflet converted and written into the content folder as
     * {@code guidekit import} does, never over an existing guide or picture.
     *
     * @return the new guide's name in the content folder
     */
    String importWord(Context ctx) {
        UploadedFile upload = ctx.uploadedFile("document");
        if (upload == null || upload.size() == 0) {
            throw new Refusal(422, "No Word document was chosen; choose a .docx file and send it again.");
        }
        String shown = baseName(upload.filename());
        if (shown.isEmpty()) {
            shown = "leaflet.docx";
        }
        Path temp = null;
        try {
            temp = Files.createTempDirectory("guidekit-import");
            Path docx = temp.resolve(shown.replaceAll("[^\\p{L}\\p{N} ._-]", "_"));
            try (InputStream in = upload.content()) {
                Files.copy(in, docx);
            }
            ImportedGuide guide;
            try {
                guide = WordImporter.read(docx, null);
            } catch (GuidekitException e) {
                throw new Refusal(422, "Not imported: " + withoutPaths(e.getMessage(), temp, shown));
            }
            List<Path> existing = guide.existing(files.root());
            if (!existing.isEmpty()) {
                throw new Refusal(409, "Not imported: " + files.name(existing.get(0)) + " is already in the content "
                        + "folder" + (existing.size() > 1 ? " (and " + (existing.size() - 1) + " more files)" : "")
                        + "; nothing was replaced. Rename or delete that guide first, or rename the document.");
            }
            files.forWriting(files.root().resolve(IMAGES).resolve(guide.name() + ".md")); // no link leads out
            Path md = guide.write(files.root());
            String name = files.name(md);
            synchronized (importNotes) {
                importNotes.put(name, notes(guide, md, shown, temp));
            }
            return name;
        } catch (IOException e) {
            throw new OutputException("the Word document could not be received (" + IoReason.of(e) + ")", e);
        } finally {
            delete(temp);
        }
    }

    /** The import's message for {@code guide}, once: the next opening of its page shows none. */
    String takeImportNotes(String guide) {
        synchronized (importNotes) {
            return importNotes.remove(guide);
        }
    }

    private static String notes(ImportedGuide guide, Path md, String shown, Path temp) {
        int n = guide.pictures().size();
        StringBuilder b = new StringBuilder("Imported ").append(shown).append(" as ").append(md.getFileName())
                .append(n == 0 ? "" : " with " + n + (n == 1 ? " picture" : " pictures") + " in images/")
                .append('.');
        List<Finding> findings = new ArrayList<>(guide.findings(md));
        if (findings.isEmpty()) {
            return b.append(" Nothing was left out.").toString();
        }
        findings.sort(java.util.Comparator.comparing(Finding::severity));
        b.append(" What the import left out or changed, and why (").append(findings.size()).append("):");
        for (Finding f : findings) {
            b.append(' ').append(f.severity().label()).append(f.line() > 0 ? ", line " + f.line() : "").append(": ")
                    .append(withoutPaths(f.message(), temp, shown));
            if (!f.action().isEmpty()) {
                b.append("; ").append(withoutPaths(f.action(), temp, shown));
            }
            b.append('.');
        }
        return b.toString();
    }

    /** A message about the temporary copy names the document as the staff member knows it. */
    private static String withoutPaths(String message, Path temp, String shown) {
        String m = message;
        try {
            m = m.replace(temp.toRealPath().toString() + "/", "");
        } catch (IOException e) {
            // the temporary folder is gone; its plain name is replaced below
        }
        return m.replace(temp.toString() + "/", "").replace(temp.toString(), shown);
    }

    static String alt(String given) {
        String alt = given == null ? "" : given.strip().replaceAll("\\s+", " ");
        if (alt.isEmpty()) {
            throw new Refusal(422, "Describe the picture first: its alt text is what a patient who cannot see it "
                    + "hears or reads instead.");
        }
        if (alt.length() > MAX_ALT) {
            throw new Refusal(422, "The description is " + alt.length() + " characters long; keep it under "
                    + MAX_ALT + " (a sentence or two) and put more in the guide's text.");
        }
        // Brackets would end the Markdown's alt text early.
        return alt.replace('[', '(').replace(']', ')');
    }

    /**
     * The picture's file name: the name it had on the staff member's computer without any folder, in lower-case
     * letters, digits and hyphens, with the extension its content shows.
     */
    static String safeName(String sent, String extension) {
        String base = baseName(sent).replaceFirst("\\.[A-Za-z0-9]{1,5}$", "");
        String slug = java.text.Normalizer.normalize(base, java.text.Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60).replaceAll("-+$", "");
        }
        return (slug.isEmpty() ? "picture" : slug) + "." + extension;
    }

    /** The last part of a name a browser sent (some send a whole path). */
    static String baseName(String sent) {
        if (sent == null) {
            return "";
        }
        String s = sent.strip();
        int cut = Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\'));
        return s.substring(cut + 1);
    }

    /** Width and height from the picture's header alone, so a huge one is refused before it is decoded. */
    private static long[] pixels(byte[] bytes, String sent) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new java.io.ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (readers.hasNext()) {
                ImageReader reader = readers.next();
                try {
                    reader.setInput(in);
                    return new long[] {reader.getWidth(0), reader.getHeight(0)};
                } finally {
                    reader.dispose();
                }
            }
        } catch (IOException | RuntimeException e) {
            // said below
        }
        throw new Refusal(422, "\"" + baseName(sent) + "\" looks like a picture but cannot be read (damaged or "
                + "cut short); save it again as PNG or JPEG and send that.");
    }

    /**
     * Writes {@code bytes} as the new file {@code target} (a path {@link ContentFiles#forWriting} gave): into a
     * temporary file first, then linked into place, which fails rather than replace a file of the same name.
     */
    static void writeNew(Path target, byte[] bytes, String exists) {
        if (Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            throw new Refusal(409, exists);
        }
        Path temp = AtomicOutput.temporary(target, "");
        try {
            Files.write(temp, bytes);
            try {
                Files.createLink(target, temp);
            } catch (UnsupportedOperationException e) {
                Files.move(temp, target); // no hard links here: a move without replace, checked just above
            }
        } catch (FileAlreadyExistsException e) {
            throw new Refusal(409, exists);
        } catch (IOException e) {
            throw new OutputException(target.getFileName() + ": cannot be written (" + IoReason.of(e) + ")", e);
        } finally {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                // a leftover hidden .part file costs disk space, not work
            }
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (bytes[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
    }

    private static void delete(Path folder) {
        if (folder == null) {
            return;
        }
        try (var walk = Files.walk(folder)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a temporary copy left behind is removed with the system's temporary files
        }
    }
}
