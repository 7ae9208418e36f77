package org.guidekit.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.guidekit.check.SpeechFigures;

/**
 * The speech verifier's figures (issue 23): words, information tokens and mismatches per 1,000 words by class, over
 * the samples and the corpus. {@code SpeechVerifyBench [SAMPLES_DIR CORPUS_DIR [MISMATCH_FILE]]}; see
 * {@code bench/speech/README.md}.
 */
public final class SpeechVerifyBench {
    private SpeechVerifyBench() {
    }

    public static void main(String[] args) throws Exception {
        Path samples = Path.of(args.length > 0 ? args[0] : "content");
        Path corpus = Path.of(args.length > 1 ? args[1] : "src/test/resources/corpus");
        SpeechFigures s = SpeechFigures.of(SpeechFigures.guidesUnder(samples).stream()
                .filter(p -> p.getParent().equals(samples)).toList());
        SpeechFigures c = SpeechFigures.of(SpeechFigures.guidesUnder(corpus));
        List<Path> all = new ArrayList<>(SpeechFigures.guidesUnder(samples).stream()
                .filter(p -> p.getParent().equals(samples)).toList());
        all.addAll(SpeechFigures.guidesUnder(corpus));
        System.out.print(s.summary("samples (" + samples + ")"));
        System.out.print(c.summary("corpus (" + corpus + ")"));
        if (args.length > 2) {
            Files.writeString(Path.of(args[2]), "# speech verifier mismatches, samples\n" + s.mismatchList()
                    + "\n# corpus\n" + c.mismatchList());
            System.out.println("mismatches written to " + args[2]);
        }
    }
}
