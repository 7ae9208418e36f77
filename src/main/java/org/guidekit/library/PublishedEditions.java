package org.guidekit.library;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Every edition of every built guide in an output folder, as the library page lists them: per guide (sorted by
 * title) the files worth a link, each with what it opens, the read-along page first. Read from the build's
 * manifest, so it lists every edition a guide has, not only the files the last build wrote; a file that is gone is
 * left out.
 *
 * <pre>{@code for (PublishedEditions.Guide g : PublishedEditions.in(Path.of("output"))) { ... g.editions() ... }}</pre>
 */
public final class PublishedEditions {
    /**
     * A published file.
     *
     * @param label what its link says it opens, e.g. "Large-print handout (PDF)"
     * @param path  the file, relative to the output folder, with "/" between folders
     * @param size  its size in bytes
     */
    public record Edition(String label, String path, long size) {
        /** Whether its link should say how large it is (not for a page that opens a book). */
        public boolean sized() {
            return !path.endsWith("ncc.html");
        }
    }

    /**
     * One guide's editions: its file name without ".md", its title, whether it is a draft (left off the library
     * page) and the editions in the order they are listed.
     */
    public record Guide(String name, String title, boolean draft, List<Edition> editions) {
        public Guide {
            editions = List.copyOf(editions);
        }
    }

    private record Kind(String suffix, String label) {
    }

    /**
     * The files worth a link, in the order a guide lists them: the read-along page first, then the handout, then
     * what a listener or reader wants. Captions have no link: the page plays them.
     */
    private static final List<Kind> KINDS = List.of(
            new Kind("/index.html", "Read and listen (web page)"),
            new Kind(".pdf", "Large-print handout (PDF)"),
            new Kind(".mp3", "Audio (MP3)"),
            new Kind(".epub", "E-book (EPUB)"),
            new Kind(".zip", "DAISY talking book (zip to download)"),
            new Kind("ncc.html", "DAISY talking book (open ncc.html)"),
            new Kind(".brf", "Braille (BRF)"),
            new Kind(".pef", "Braille for embossers (PEF)"),
            new Kind(".transcript.txt", "Transcript of the audio (text)"),
            new Kind(".wav", "Audio (WAV)"));

    private PublishedEditions() {
    }

    /** The editions in output folder {@code out}, per guide by title; empty when nothing was built there. */
    public static List<Guide> in(Path out) {
        BuildManifest manifest = BuildManifest.load(out);
        return LibraryIndex.sorted(manifest.entries()).stream()
                .map(e -> new Guide(e.name(), e.title(), manifest.about(e.name()).map(BuildManifest.About::draft)
                        .orElse(false), editions(out, e))).toList();
    }

    /** "412 KB", "1.6 MB". */
    public static String size(long bytes) {
        return bytes < 1_000_000 ? Math.max(1, Math.round(bytes / 1000.0)) + " KB"
                : String.format(Locale.ROOT, "%.1f MB", bytes / 1_000_000.0);
    }

    static List<Edition> editions(Path out, BuildManifest.Entry e) {
        return e.formats().values().stream().flatMap(o -> o.files().stream())
                .filter(s -> kind(s.path()) >= 0 && Files.exists(out.resolve(s.path())))
                .sorted(Comparator.comparingInt((BuildManifest.Stamp s) -> kind(s.path()))
                        .thenComparing(BuildManifest.Stamp::path))
                .map(s -> new Edition(KINDS.get(kind(s.path())).label(), s.path().replace('\\', '/'), s.size()))
                .toList();
    }

    /** Where {@code file} stands in {@link #KINDS}, or -1 for files not worth a link. */
    private static int kind(String file) {
        if ((file.contains("/daisy/") || file.contains("/web/")) && !file.endsWith("ncc.html")) {
            return -1; // the page's parts and the DAISY book's, which open through index.html and ncc.html
        }
        for (int i = 0; i < KINDS.size(); i++) {
            if (file.endsWith(KINDS.get(i).suffix())) {
                return i;
            }
        }
        return -1;
    }
}
