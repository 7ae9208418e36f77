package org.guidekit.render.audio;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.guidekit.read.MarkdownGuideReader;
import org.guidekit.render.Progress;
import org.guidekit.render.speech.SpeechScript;
import org.guidekit.render.speech.SpeechScriptBuilder;
import org.guidekit.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 13: a WAV is made from the raw samples; no MP3 is encoded for it. */
class WavWithoutMp3Test {
    @Test
    void rawSamplesOnlyWhenAWavIsAskedFor(@TempDir Path dir) throws Exception {
        SpeechScript script = new SpeechScriptBuilder().build(MarkdownGuideReader.read(Fixtures.guide(dir, "g.md",
                "## One\n\nFirst part.\n\n## Two\n\nSecond part.\n")), Map.of());
        Path work = Files.createDirectories(dir.resolve("work"));
        try (SynthesizedGuide audio = new GuideSynthesizer(new VoiceSettings(155, Optional.empty()), 2)
                .synthesize(script, work, true, Progress.NONE)) {
            for (SectionAudio s : audio.sections()) {
                assertTrue(s.mp3().isEmpty() && s.pcm().isPresent(), s.fileStem());
            }
            try (var files = Files.list(work)) {
                assertTrue(files.noneMatch(f -> f.toString().endsWith(".mp3")), "no MP3 encoded");
            }
            WavWriter.write(audio, dir.resolve("g.wav"));
            assertTrue(Files.size(dir.resolve("g.wav")) > 10_000);
        }
    }
}
