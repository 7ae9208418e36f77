package org.guidekit.render.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The Spanish normaliser against its case table, {@code src/test/resources/speech/spanish-cases.txt}. */
class SpanishNormalizerTest {
    private final SpanishNormalizer normalizer = new SpanishNormalizer();

    static Stream<Arguments> cases() throws IOException {
        return Files.readAllLines(Path.of("src/test/resources/speech/spanish-cases.txt"), StandardCharsets.UTF_8)
                .stream().filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(l -> l.split(" \\| ", -1))
                .map(p -> Arguments.of(p[0], p[1]));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("cases")
    void saysPrintedSpanishAsAPersonWould(String printed, String said) {
        assertEquals(said, normalizer.normalize(printed));
    }
}
