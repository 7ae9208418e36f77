package org.guidekit.render.audio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.guidekit.read.MarkdownGuideReader;
import org.guidekit.render.Progress;
import org.guidekit.render.speech.Prosody;
import org.guidekit.render.speech.SpeechScript;
import org.guidekit.render.speech.SpeechScriptBuilder;
import org.guidekit.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13: an edit to one paragraph re-records one section; the others come from the section cache, and the
 * guide's MP3 is byte for byte what a full synthesis gives.
 */
class SectionCacheTest {
    private static final VoiceSettings SETTINGS = new VoiceSettings(155, Optional.empty());

    @TempDir
    Path dir;

    /** Counts the sections a voice is prepared for, i.e. the sections actually spoken. */
    private static Synthesizer counting(Synthesizer voice, AtomicInteger spoken) {
        return new Synthesizer() {
            @Override
            public void prepare(VoiceSettings settings, Map<String, List<String>> pronunciations) {
                spoken.incrementAndGet();
                voice.prepare(settings, pronunciations);
            }

            @Override
            public int sampleRate() {
                return voice.sampleRate();
            }

            @Override
            public SpokenUtterance speak(String text, Prosody prosody) {
                return voice.speak(text, prosody);
            }

            @Override
            public List<String> spokenWords(String text) {
                return voice.spokenWords(text);
            }

            @Override
            public void close() {
                voice.close();
            }
        };
    }

    private SpeechScript script(String name, String text) {
        return new SpeechScriptBuilder().build(MarkdownGuideReader.read(Fixtures.guide(dir.resolve(name), "g.md",
                text)), Map.of());
    }

    @Test
    void anEditReRecordsOnlyItsSectionAndGivesTheSameBytes() throws Exception {
        String body = "Intro text.\n\n## One\n\nFirst part.\n\n## Two\n\nSecond part.\n\n## Three\n\nThird part.\n";
        SpeechScript before = script("a", body);
        SpeechScript after = script("b", body.replace("Second part.", "Second part, edited."));
        AtomicInteger spoken = new AtomicInteger();
        ExecutorService workers = Executors.newFixedThreadPool(2);
        SectionCache cache = new SectionCache(dir.resolve("cache"));
        try (VoicePool voices = new VoicePool(2, () -> counting(new FreeTtsSynthesizer(SETTINGS, Map.of()),
                spoken))) {
            GuideSynthesizer cached = new GuideSynthesizer(SETTINGS, voices, workers, Optional.of(cache));
            try (SynthesizedGuide first = cached.synthesize(before, work("w1"), false, Progress.NONE)) {
                assertEquals(before.sections().size(), spoken.get(), "every section is spoken the first time");
            }
            spoken.set(0);
            byte[] edited;
            try (SynthesizedGuide second = cached.synthesize(after, work("w2"), false, Progress.NONE)) {
                assertEquals(1, spoken.get(), "only the edited section is spoken again");
                edited = Files.readAllBytes(Mp3Writer.writeChaptered(second, dir.resolve("cached.mp3")));
            }
            try (SynthesizedGuide fresh = new GuideSynthesizer(SETTINGS, 2).synthesize(after, work("w3"), false,
                    Progress.NONE)) {
                assertArrayEquals(Files.readAllBytes(Mp3Writer.writeChaptered(fresh, dir.resolve("fresh.mp3"))),
                        edited, "sections from the cache give the same MP3 as a full synthesis");
            }
        } finally {
            workers.shutdownNow();
        }
    }

    @Test
    void aDamagedEntryIsSpokenAgain() throws Exception {
        SpeechScript script = script("c", "## One\n\nFirst part.\n");
        AtomicInteger spoken = new AtomicInteger();
        ExecutorService workers = Executors.newFixedThreadPool(1);
        Path folder = dir.resolve("cache");
        try (VoicePool voices = new VoicePool(1, () -> counting(new FreeTtsSynthesizer(SETTINGS, Map.of()),
                spoken))) {
            GuideSynthesizer cached = new GuideSynthesizer(SETTINGS, voices, workers,
                    Optional.of(new SectionCache(folder)));
            cached.synthesize(script, work("w1"), false, Progress.NONE).close();
            try (var files = Files.list(folder)) {
                for (Path f : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                    Files.writeString(f, "section-cache 1\nnot numbers\n");
                }
            }
            spoken.set(0);
            cached.synthesize(script, work("w2"), false, Progress.NONE).close();
            assertEquals(script.sections().size(), spoken.get());
        } finally {
            workers.shutdownNow();
        }
    }

    @Test
    void aVoiceThatSpokeAnotherGuideSoundsAsIfFresh() throws Exception {
        // One voice serves every guide of a build: a pronunciation of one guide must not reach the next.
        SpeechScript withEntry = new SpeechScriptBuilder().build(MarkdownGuideReader.read(Fixtures.write(
                dir.resolve("p"), "g.md", "---\ntitle: Test\npronunciations:\n  baclofen: b ae1 k l ow f eh n\n"
                        + "---\nTake baclofen.\n")), Map.of());
        SpeechScript plain = script("q", "Take baclofen.\n");
        ExecutorService workers = Executors.newFixedThreadPool(1);
        byte[] reused;
        try (VoicePool voices = new VoicePool(1, () -> new FreeTtsSynthesizer(SETTINGS, Map.of()))) {
            GuideSynthesizer shared = new GuideSynthesizer(SETTINGS, voices, workers, Optional.empty());
            shared.synthesize(withEntry, work("w1"), false, Progress.NONE).close();
            try (SynthesizedGuide second = shared.synthesize(plain, work("w2"), false, Progress.NONE)) {
                reused = Files.readAllBytes(Mp3Writer.writeChaptered(second, dir.resolve("reused.mp3")));
            }
        } finally {
            workers.shutdownNow();
        }
        try (SynthesizedGuide fresh = new GuideSynthesizer(SETTINGS, 1).synthesize(plain, work("w3"), false,
                Progress.NONE)) {
            assertArrayEquals(Files.readAllBytes(Mp3Writer.writeChaptered(fresh, dir.resolve("fresh.mp3"))), reused);
        }
    }

    private Path work(String name) throws java.io.IOException {
        return Files.createDirectories(dir.resolve(name));
    }
}
