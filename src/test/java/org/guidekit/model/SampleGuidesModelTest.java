package org.guidekit.model;

import java.nio.file.Path;

import org.guidekit.read.MarkdownGuideReader;
import org.guidekit.testing.Fixtures;
import org.guidekit.testing.Golden;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Golden model dumps of the sample guides: pins the reader's output and the stability of ids. */
class SampleGuidesModelTest {
    @ParameterizedTest
    @ValueSource(strings = {"back-muscle-spasms", "checking-blood-pressure-at-home"})
    void sampleGuideModelMatchesGolden(String name) {
        Path file = Fixtures.content(name + ".md");
        Guide guide = MarkdownGuideReader.read(file);
        Golden.assertMatches("model", name + ".txt", ModelPrinter.print(guide));
    }
}
