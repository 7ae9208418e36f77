package org.guidekit.library;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.guidekit.read.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Links in index.html must reach files whatever their names hold, and list a guide's editions in a fixed order. */
class LibraryIndexTest {
    @Test
    void pathSegmentsArePercentEncoded() {
        assertEquals("x%22y%23z%3F/x%22y%23z%3F%20a.pdf", LibraryIndex.href("x\"y#z?/x\"y#z? a.pdf"));
        assertEquals("back/daisy/ncc.html", LibraryIndex.href("back/daisy/ncc.html"));
    }

    /** The page first, then the handout and what a listener or reader wants; the parts of the page and book never. */
    @Test
    void editionsAreListedInReadingOrderWithoutTheirParts(@TempDir Path out) throws IOException {
        List<String> written = List.of("g/g.wav", "g/g.transcript.txt", "g/g.pef", "g/g.brf", "g/daisy/ncc.html",
                "g/daisy/s001.mp3", "g/daisy/s001.smil", "g/g-daisy.zip", "g/g.epub", "g/g.vtt", "g/g.mp3", "g/g.pdf",
                "g/web/read-along.css", "g/index.html");
        List<BuildManifest.Stamp> stamps = new ArrayList<>();
        for (String f : written) {
            Path file = out.resolve(f);
            Files.createDirectories(file.getParent());
            Files.writeString(file, "x");
            stamps.add(BuildManifest.Stamp.of(out, file));
        }
        BuildManifest manifest = BuildManifest.load(out);
        manifest.record("g", "content/g.md", "Guide", "all", new BuildManifest.Output("f", stamps));

        LibraryIndex.write(out, manifest, Settings.defaults());

        String html = Files.readString(out.resolve(LibraryIndex.FILE_NAME), StandardCharsets.UTF_8);
        List<String> links = new ArrayList<>();
        Matcher m = Pattern.compile("<a href=\"([^\"]+)\">([^<]+)<").matcher(html);
        while (m.find()) {
            links.add(m.group(1) + " " + m.group(2));
        }
        assertEquals(List.of("g/index.html Read and listen (web page)", "g/g.pdf Large-print handout (PDF)",
                "g/g.mp3 Audio (MP3)", "g/g.epub E-book (EPUB)", "g/g-daisy.zip DAISY talking book (zip to download)",
                "g/daisy/ncc.html DAISY talking book (open ncc.html)", "g/g.brf Braille (BRF)",
                "g/g.pef Braille for embossers (PEF)", "g/g.transcript.txt Transcript of the audio (text)",
                "g/g.wav Audio (WAV)"), links);
    }
}
