package org.guidekit.render.speech;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.params.provider.Arguments;

/**
 * The normaliser's case table, {@code src/test/resources/speech/normalizer-cases.txt}: printed text, what we hand the
 * voice, and the words FreeTTS's Word relation says for it, side by side (commonmark's spec-file style).
 */
public final class NormalizerCases {
    private NormalizerCases() {
    }

    /** The normaliser as the product builds it: with the voice's lexicon, so unknown capital words are spelled. */
    public static HealthTextNormalizer normalizer() {
        return new HealthTextNormalizer(org.guidekit.render.audio.FreeTtsLexicon.instance()::knows);
    }

    /** Each case as (printed, normalised, spoken words). */
    public static Stream<Arguments> all() {
        try {
            return Files.readAllLines(Path.of("src/test/resources/speech/normalizer-cases.txt"), StandardCharsets.UTF_8)
                    .stream().filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> l.split(" \\| ", -1))
                    .map(p -> Arguments.of(p[0], p[1], p[2]));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
