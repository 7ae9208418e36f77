package org.guidekit.render.audio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.guidekit.read.MarkdownGuideReader;
import org.guidekit.render.Progress;
import org.guidekit.render.speech.Prosody;
import org.guidekit.render.speech.SpeechScript;
import org.guidekit.render.speech.SpeechScriptBuilder;
import org.guidekit.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parallel synthesis must give the same bytes as one thread: FreeTTS voices share static state. */
class VoicePoolTest {
    private static final VoiceSettings SETTINGS = new VoiceSettings(155, Optional.empty());

    @Test
    void voicesUnderParallelLoadSayExactlyWhatOneVoiceSays() throws Exception {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            texts.add("Sentence " + i + ": take " + (i + 1) + " milligrams of baclofen, then rest.");
        }
        List<short[]> expected = new ArrayList<>();
        try (FreeTtsSynthesizer single = new FreeTtsSynthesizer(SETTINGS, Map.of())) {
            for (String t : texts) {
                expected.add(single.speak(t, Prosody.NORMAL).samples());
            }
        }
        ExecutorService threads = Executors.newFixedThreadPool(6);
        try (VoicePool pool = new VoicePool(4, () -> new FreeTtsSynthesizer(SETTINGS, Map.of()))) {
            List<Future<short[]>> results = new ArrayList<>();
            for (String t : texts) {
                results.add(threads.submit(() -> pool.withVoice(v -> v.speak(t, Prosody.NORMAL).samples())));
            }
            for (int i = 0; i < texts.size(); i++) {
                assertArrayEquals(expected.get(i), results.get(i).get(), texts.get(i));
            }
        } finally {
            threads.shutdownNow();
        }
    }

    /** A stand-in voice: the pool never speaks, so only what it makes and lends counts. */
    private record CountedVoice(int number) implements Synthesizer {
        @Override
        public int sampleRate() {
            return 16000;
        }

        @Override
        public SpokenUtterance speak(String text, Prosody prosody) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<String> spokenWords(String text) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void close() {
        }
    }

    @Test
    void warmingUpMakesEveryVoiceOnceAndLendsThemAllWhileABorrowerWaits() throws Exception {
        java.util.concurrent.atomic.AtomicInteger made = new java.util.concurrent.atomic.AtomicInteger();
        VoicePool pool = new VoicePool(3, () -> new CountedVoice(made.incrementAndGet()));
        Thread warmUp = new Thread(pool::fill);
        warmUp.start();
        int first = pool.withVoice(v -> ((CountedVoice) v).number()); // borrowed while the pool fills, or after
        warmUp.join();
        pool.fill(); // a second warm-up makes nothing more
        assertEquals(3, made.get());
        assertEquals(3, pool.size());
        java.util.Set<Integer> lent = new java.util.HashSet<>();
        pool.withVoice(a -> pool.withVoice(b -> pool.withVoice(c -> lent.addAll(List.of(
                ((CountedVoice) a).number(), ((CountedVoice) b).number(), ((CountedVoice) c).number())))));
        assertEquals(java.util.Set.of(1, 2, 3), lent, "three voices lent at once");
        assertEquals(true, first >= 1 && first <= 3);
        pool.close();
        VoicePool closed = new VoicePool(2, () -> new CountedVoice(made.incrementAndGet()));
        closed.close();
        closed.fill();
        assertEquals(3, made.get(), "a closed pool makes no voice");
    }

    @Test
    void aGuideSynthesisedOnManyThreadsIsByteIdenticalToOneThread(@TempDir Path dir) throws Exception {
        var guide = MarkdownGuideReader.read(Fixtures.content("checking-blood-pressure-at-home.md"));
        SpeechScript script = new SpeechScriptBuilder().build(guide, Map.of());
        Files.createDirectories(dir.resolve("one"));
        Files.createDirectories(dir.resolve("many"));
        try (SynthesizedGuide one = new GuideSynthesizer(SETTINGS, 1).synthesize(script, dir.resolve("one"), false,
                Progress.NONE);
             SynthesizedGuide many = new GuideSynthesizer(SETTINGS, 4).synthesize(script, dir.resolve("many"), false,
                     Progress.NONE)) {
            assertEquals(script.sections().size(), many.sections().size());
            for (int i = 0; i < one.sections().size(); i++) {
                assertArrayEquals(Files.readAllBytes(one.sections().get(i).mp3().orElseThrow()),
                        Files.readAllBytes(many.sections().get(i).mp3().orElseThrow()), "section " + i);
                assertEquals(one.sections().get(i).spans(), many.sections().get(i).spans());
            }
            Path a = Mp3Writer.writeChaptered(one, dir.resolve("a.mp3"));
            Path b = Mp3Writer.writeChaptered(many, dir.resolve("b.mp3"));
            assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b), "whole chaptered MP3");
            assertEquals(one.clipMapPerSection(), many.clipMapPerSection());
        }
    }
}
