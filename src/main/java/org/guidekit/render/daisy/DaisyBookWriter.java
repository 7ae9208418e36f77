package org.guidekit.render.daisy;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import org.guidekit.model.Figure;
import org.guidekit.model.Guide;

/** Writes a planned book's text files (NCC, content, SMIL) and pictures into a folder that holds its audio. */
final class DaisyBookWriter {
    private DaisyBookWriter() {
    }

    /** Writes everything but the audio; returns the files written. */
    static List<Path> write(Guide guide, DaisyBook book, String endLine, Path folder) throws IOException {
        List<Path> files = new ArrayList<>();
        files.add(file(folder.resolve("ncc.html"), out -> NccWriter.write(book, out)));
        files.add(file(folder.resolve(SmilWriter.CONTENT), out -> ContentWriter.write(guide, endLine, out)));
        for (DaisyBook.SmilFile smil : book.smilFiles()) {
            files.add(file(folder.resolve(smil.name()), out -> SmilWriter.write(book, smil, out)));
        }
        for (Figure f : guide.figures()) {
            Path target = folder.resolve(ContentWriter.imageName(f));
            Files.copy(f.file(), target, StandardCopyOption.REPLACE_EXISTING);
            files.add(target);
        }
        return files;
    }

    private interface Body {
        void write(OutputStream out) throws IOException;
    }

    private static Path file(Path path, Body body) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(path))) {
            body.write(out);
        }
        return path;
    }
}
