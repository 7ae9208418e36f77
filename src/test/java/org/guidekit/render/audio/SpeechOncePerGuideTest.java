package org.guidekit.render.audio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.guidekit.model.Guide;
import org.guidekit.read.MarkdownGuideReader;
import org.guidekit.render.RenderOptions;
import org.guidekit.render.Renderer;
import org.guidekit.render.daisy.DaisyRenderer;
import org.guidekit.render.epub.EpubRenderer;
import org.guidekit.render.web.WebRenderer;
import org.guidekit.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 26 §2: one speech stage per guide. Every spoken format of a guide (MP3, WAV, DAISY, EPUB, page), in any
 * order, gets its audio from one script, one synthesis (each section spoken once, its MP3 encoded once) and one
 * joined chaptered MP3, counted through the service's events; and the files are the same bytes in every order.
 */
class SpeechOncePerGuideTest {
    private static final String GUIDE = "## Taking it\n\nTake 1 tablet with food. Call 555-0100 with questions.\n\n"
            + "## Warning signs\n\n> [!WARNING]\n> Stop and call us if you have a rash.\n\nKeep it dry.\n";

    /** Counts what the speech stage did, per kind. */
    private static final class Counts implements SpeechEvents {
        final Map<String, AtomicInteger> n = new ConcurrentHashMap<>();
        final Map<String, AtomicInteger> voicedPerSection = new ConcurrentHashMap<>();

        int get(String kind) {
            return n.getOrDefault(kind, new AtomicInteger()).get();
        }

        private void count(String kind) {
            n.computeIfAbsent(kind, k -> new AtomicInteger()).incrementAndGet();
        }

        @Override
        public void scriptBuilt(String guide) {
            count("script");
        }

        @Override
        public void synthesised(String guide) {
            count("synthesis");
        }

        @Override
        public void sectionVoiced(String guide, String section) {
            count("voiced");
            voicedPerSection.computeIfAbsent(section, k -> new AtomicInteger()).incrementAndGet();
        }

        @Override
        public void sectionEncoded(String guide, String section) {
            count("encoded later");
        }

        @Override
        public void chapteredMp3(String guide) {
            count("chaptered");
        }
    }

    @Test
    void everySpokenFormatInAnyOrderFromOneSynthesis(@TempDir Path dir) throws IOException {
        Path source = Fixtures.guide(dir.resolve("content"), "g.md", GUIDE);
        List<List<String>> orders = List.of(List.of("audio", "wav", "daisy", "epub", "web"),
                List.of("web", "epub", "daisy", "wav", "audio"), List.of("wav", "daisy", "web", "audio", "epub"));
        Map<String, byte[]> first = null;
        for (List<String> order : orders) {
            Counts counts = new Counts();
            Path out = dir.resolve(String.join("-", order));
            Guide guide = MarkdownGuideReader.read(source); // read again: a new guide, as in a new build
            try (SpeechService speech = new SpeechService(counts)) {
                for (String format : order) {
                    renderer(format, speech).render(guide, RenderOptions.defaults(), out);
                }
            }
            int sections = counts.voicedPerSection.size();
            assertTrue(sections >= 3, "opening and two sections: " + counts.voicedPerSection);
            assertEquals(1, counts.get("script"), order + ": one speech script");
            assertEquals(1, counts.get("synthesis"), order + ": one synthesis");
            assertEquals(sections, counts.get("voiced"), order + ": each section spoken once " + counts.voicedPerSection);
            // A WAV first: its samples are encoded when the MP3 is wanted, each section once; else during synthesis.
            assertEquals(order.get(0).equals("wav") ? sections : 0, counts.get("encoded later"), order.toString());
            assertEquals(1, counts.get("chaptered"), order + ": one chaptered MP3 for audio, EPUB and page");

            Map<String, byte[]> files = files(out);
            assertTrue(files.keySet().containsAll(List.of("g.mp3", "g.transcript.txt", "g.vtt", "g.wav", "g.wav.vtt",
                    "g.epub", "daisy/ncc.html", "web/g.mp3", "web/g.vtt")), files.keySet().toString());
            if (first == null) {
                first = files;
            } else {
                assertEquals(first.keySet(), files.keySet(), order + ": the same files");
                for (String f : first.keySet()) {
                    assertArrayEquals(first.get(f), files.get(f), order + ": the same bytes in " + f);
                }
            }
        }
        assertArrayEquals(first.get("g.mp3"), first.get("web/g.mp3"), "the page plays the guide's one MP3");
    }

    /** A WAV after an MP3 built from the section cache: the cached sections are spoken again for their samples. */
    @Test
    void wavAfterCachedMp3SpeaksOnlyForTheSamples(@TempDir Path dir) throws IOException {
        Path source = Fixtures.guide(dir.resolve("content"), "g.md", GUIDE);
        Path cache = dir.resolve("cache");
        try (SpeechService speech = new SpeechService(cache, SpeechEvents.NONE)) {
            renderer("audio", speech).render(MarkdownGuideReader.read(source), RenderOptions.defaults(),
                    dir.resolve("one"));
        }
        Counts counts = new Counts();
        try (SpeechService speech = new SpeechService(cache, counts)) {
            Guide guide = MarkdownGuideReader.read(source);
            renderer("audio", speech).render(guide, RenderOptions.defaults(), dir.resolve("two"));
            assertEquals(0, counts.get("voiced"), "every section from the cache");
            renderer("wav", speech).render(guide, RenderOptions.defaults(), dir.resolve("two"));
            assertEquals(counts.voicedPerSection.size(), counts.get("voiced"), "spoken once more, for the samples");
        }
        try (SpeechService speech = new SpeechService()) {
            renderer("wav", speech).render(MarkdownGuideReader.read(source), RenderOptions.defaults(),
                    dir.resolve("fresh"));
        }
        assertArrayEquals(Files.readAllBytes(dir.resolve("fresh/g.wav")), Files.readAllBytes(dir.resolve("two/g.wav")));
        assertArrayEquals(Files.readAllBytes(dir.resolve("one/g.mp3")), Files.readAllBytes(dir.resolve("two/g.mp3")));
    }

    private static Renderer renderer(String format, SpeechService speech) {
        return switch (format) {
            case "audio" -> new AudioRenderer(AudioRenderer.Container.MP3, speech);
            case "wav" -> new AudioRenderer(AudioRenderer.Container.WAV, speech);
            case "daisy" -> new DaisyRenderer(speech);
            case "epub" -> new EpubRenderer(speech);
            case "web" -> new WebRenderer(speech);
            default -> throw new IllegalArgumentException(format);
        };
    }

    /**
     * Every file by its path in the folder, but the page itself: it links the editions it finds beside it, which
     * is why a build renders it after every other format.
     */
    private static Map<String, byte[]> files(Path folder) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                String name = folder.relativize(p).toString().replace('\\', '/');
                if (!name.equals("index.html")) {
                    files.put(name, Files.readAllBytes(p));
                }
            }
        }
        return files;
    }
}
