package org.guidekit.render.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.guidekit.error.IoReason;
import org.guidekit.error.OutputException;

/**
 * The guide's other editions, found beside the page: the page links only to what is really there, with its size.
 * The build renders the page after every other format of the guide, so it sees this build's files; the files
 * found and their sizes are among the page's declared inputs, so a new or changed edition renders the page again.
 */
final class Editions {
    private Editions() {
    }

    /** The editions in {@code guideDir}, in the order a patient would want them. */
    static List<ReadAlongPage.Edition> find(Path guideDir, String name, PageWords words, boolean spoken) {
        List<ReadAlongPage.Edition> found = new ArrayList<>();
        add(found, guideDir, name + ".pdf", words.pdf());
        add(found, guideDir, name + ".mp3", PageWords.MP3);
        add(found, guideDir, name + ".epub", spoken ? PageWords.EPUB_WITH_AUDIO : words.epub());
        add(found, guideDir, name + "-daisy.zip", PageWords.DAISY);
        for (String brf : braille(guideDir)) {
            add(found, guideDir, brf, words.braille());
        }
        add(found, guideDir, name + ".transcript.txt", words.transcript());
        return found;
    }

    /**
     * "name.pdf 41234\n…": what {@link #find} would link, for the page's fingerprint (the audio edition's MP3 is
     * one of them; the page's own copy, which it plays, is in its folder and comes from the voice inputs).
     */
    static String stamp(Path guideDir, String name) {
        StringBuilder sb = new StringBuilder();
        for (ReadAlongPage.Edition e : find(guideDir, name, PageWords.ENGLISH, false)) {
            sb.append(e.href()).append(' ').append(e.bytes()).append('\n');
        }
        return sb.toString();
    }

    /** "412 KB", "3.4 MB": sizes a patient on a phone plan can judge. */
    static String size(long bytes) {
        if (bytes < 1_000_000) {
            return Math.max(1, Math.round(bytes / 1000.0)) + " KB";
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1_000_000.0);
    }

    private static void add(List<ReadAlongPage.Edition> found, Path guideDir, String file, String label) {
        Path f = guideDir.resolve(file);
        try {
            if (Files.isRegularFile(f)) {
                found.add(new ReadAlongPage.Edition(label, file, Files.size(f)));
            }
        } catch (IOException e) {
            throw new OutputException(f + ": cannot read its size (" + IoReason.of(e) + ")", e);
        }
    }

    /** Braille files, in the guide folder or one folder down, in name order. */
    private static List<String> braille(Path guideDir) {
        if (!Files.isDirectory(guideDir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(guideDir, 2)) {
            return walk.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".brf"))
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .map(p -> guideDir.relativize(p).toString().replace('\\', '/')).sorted().toList();
        } catch (IOException e) {
            throw new OutputException(guideDir + ": cannot look for braille files (" + IoReason.of(e) + ")", e);
        } catch (java.io.UncheckedIOException e) {
            throw new OutputException(guideDir + ": cannot look for braille files (" + IoReason.of(e.getCause())
                    + ")", e.getCause());
        }
    }
}
