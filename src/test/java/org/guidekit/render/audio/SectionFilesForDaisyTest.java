package org.guidekit.render.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.guidekit.read.MarkdownGuideReader;
import org.guidekit.render.speech.SpeechScript;
import org.guidekit.render.speech.SpeechScriptBuilder;
import org.guidekit.render.speech.Utterance;
import org.guidekit.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mpatric.mp3agic.Mp3File;

/** The reuse path a DAISY book takes: one MP3 per section plus a clip map into those files. */
class SectionFilesForDaisyTest {
    @Test
    void sectionMp3sAndClipMapAgree(@TempDir Path dir) throws Exception {
        var guide = MarkdownGuideReader.read(Fixtures.content("checking-blood-pressure-at-home.md"));
        SpeechScript script = new SpeechScriptBuilder().build(guide, Map.of());
        Files.createDirectories(dir.resolve("work"));
        List<long[]> progress = new ArrayList<>();
        try (SynthesizedGuide audio = new GuideSynthesizer(new VoiceSettings(155, Optional.empty()), 2)
                .synthesize(script, dir.resolve("work"), false, (task, done, total) -> {
                    synchronized (progress) {
                        progress.add(new long[] {done, total});
                    }
                })) {
            List<Path> files = audio.writeSectionMp3s(dir.resolve("book"));
            assertEquals(script.sections().size(), files.size());
            assertEquals("01-opening.mp3", files.get(0).getFileName().toString());
            AudioClipMap clips = audio.clipMapPerSection();
            for (Path f : files) {
                String name = f.getFileName().toString();
                assertTrue(name.matches("[a-z0-9-]+\\.mp3"), "flat ASCII name: " + name);
                Mp3File mp3 = new Mp3File(f.toString());
                assertFalse(mp3.isVbr());
                assertEquals("Mono", mp3.getChannelMode());
                long length = mp3.getLengthInMilliseconds();
                for (AudioClipMap.Clip c : clips.clips()) {
                    if (c.file().equals(name)) {
                        assertTrue(c.beginMs() < c.endMs() && c.endMs() <= length, c + " within " + length);
                    }
                }
            }
            for (var section : script.sections()) {
                for (Utterance u : section.utterances()) {
                    assertTrue(clips.clip(u.id()).isPresent(), "clip for " + u.id());
                }
            }
            assertEquals(script.sections().get(1).id(), clips.clip(script.sections().get(1).id()).orElseThrow().id());
            // Workers report concurrently, so the largest report (not the last) is the end.
            assertEquals(script.wordCount(), progress.stream().mapToLong(p -> p[0]).max().orElseThrow(),
                    "progress reaches the end");
            assertTrue(progress.stream().allMatch(p -> p[1] == script.wordCount()));
            assertTrue(Files.list(dir.resolve("book")).noneMatch(p -> p.getFileName().toString().endsWith(".part")));
        }
        assertFalse(Files.exists(dir.resolve("work")), "closing removes the work files");
    }
}
