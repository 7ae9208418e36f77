package org.guidekit.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.guidekit.render.Paper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a session resolves once: each option from the front end's choice, else guidekit.yaml, else the default. */
class BuildSessionTest {
    @TempDir
    Path dir;

    @Test
    void aChoiceWinsOverTheSettingsFileWhichWinsOverTheDefault() throws IOException {
        Files.writeString(dir.resolve("guidekit.yaml"), "size: 24\npaper: a4\nrate: 140\nformats: braille, pdf\n");
        try (BuildSession fromFile = BuildSession.open(dir, dir.resolve("out"), BuildSession.Choices.none())) {
            assertEquals(24f, fromFile.options().bodySize());
            assertEquals(Optional.of(Paper.A4), fromFile.options().paper());
            assertEquals(140, fromFile.options().wordsPerMinute());
            assertEquals(Optional.empty(), fromFile.options().pitch(), "neither chose one: the voice's own");
            assertEquals(List.of("pdf", "braille"), fromFile.formats(), "the build's order, whatever the file's");
        }
        BuildSession.Choices typed = new BuildSession.Choices(List.of("wav"), Optional.of(Paper.LETTER),
                Optional.of(30f), java.util.OptionalInt.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                false, 2, 40, 25, org.guidekit.render.Progress.NONE);
        try (BuildSession chosen = BuildSession.open(dir, dir.resolve("out"), typed)) {
            assertEquals(30f, chosen.options().bodySize());
            assertEquals(Optional.of(Paper.LETTER), chosen.options().paper());
            assertEquals(140, chosen.options().wordsPerMinute(), "not typed: the file's");
            assertEquals(List.of("wav"), chosen.formats());
        }
    }

    @Test
    void withoutSettingsTheDefaultFormatsLeaveOutWav() {
        try (BuildSession session = BuildSession.open(dir, dir.resolve("out"), BuildSession.Choices.none())) {
            assertEquals(List.of("pdf", "audio", "daisy", "braille", "epub", "web"), session.formats());
            assertEquals(18f, session.options().bodySize());
        }
    }

    @Test
    void aReviewSessionHasNoOutputSoNothingIsUpToDate() throws IOException {
        Path guide = Files.writeString(dir.resolve("g.md"), "---\ntitle: G\n---\nRest.\n");
        try (BuildSession review = BuildSession.forReview(dir)) {
            assertFalse(review.upToDate(guide));
        }
    }
}
