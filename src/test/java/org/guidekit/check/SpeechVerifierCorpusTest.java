package org.guidekit.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * The speech verifier over the sample guides ({@code content/*.md}) and every corpus guide
 * ({@code src/test/resources/corpus/**}), with its figures written to {@code target/speech-verifier/}. The samples
 * are said right; the corpus figures are published in {@code bench/speech/RESULTS.md}.
 */
class SpeechVerifierCorpusTest {
    @Test
    void samplesAreSaidRightAndTheCorpusFiguresAreWritten() throws IOException {
        Path content = Path.of("content");
        SpeechFigures samples = SpeechFigures.of(SpeechFigures.guidesUnder(content).stream()
                .filter(p -> p.getParent().equals(content)).toList());
        SpeechFigures corpus = SpeechFigures.of(SpeechFigures.guidesUnder(Path.of("src/test/resources/corpus")));
        Path out = Files.createDirectories(Path.of("target/speech-verifier"));
        Files.writeString(out.resolve("figures.txt"), samples.summary("samples") + corpus.summary("corpus"));
        Files.writeString(out.resolve("mismatches.txt"), "# samples\n" + samples.mismatchList() + "\n# corpus\n"
                + corpus.mismatchList());
        assertTrue(samples.words() > 500, samples.summary("samples"));
        for (String type : new String[] {"phone", "dose", "other"}) {
            assertEquals(0, samples.mismatches(type), samples.mismatchList());
        }
    }
}
