package org.guidekit.render.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.guidekit.error.ContentException;
import org.guidekit.read.MarkdownGuideReader;
import org.guidekit.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpeechScriptBuilderTest {
    @TempDir
    Path dir;

    private SpeechScript script(String body) {
        return new SpeechScriptBuilder().build(MarkdownGuideReader.read(Fixtures.guide(dir, "g.md", body)), Map.of());
    }

    private static List<String> texts(SpeechSection s) {
        return s.utterances().stream().map(Utterance::text).toList();
    }

    @Test
    void openingAndClosingTellTheListenerWhereTheyAre() {
        SpeechScript s = script("Intro text.\n\n## Only section\n\nBody.\n");
        assertEquals(List.of("Test guide.", "Intro text."), texts(s.sections().get(0)));
        assertEquals(List.of("Only section.", "Body.", "End of guide."), texts(s.sections().get(1)));
        assertEquals("Only section", s.sections().get(1).title());
    }

    @Test
    void pausesGrowWithTheBreak() {
        SpeechScript s = script("## A\n\nOne.\n\nTwo.\n\n- x\n- y\n\n## B\n\nThree.\n");
        List<Utterance> a = s.sections().get(1).utterances();
        assertTrue(a.get(0).pauseAfterMs() > a.get(1).pauseAfterMs(), "heading pause > paragraph pause");
        assertTrue(a.get(1).pauseAfterMs() > a.get(3).pauseAfterMs(), "paragraph pause > list item pause");
        assertTrue(a.get(a.size() - 1).pauseAfterMs() > a.get(0).pauseAfterMs(), "section pause is the longest");
    }

    @Test
    void numberedItemsSayTheirNumberAndBulletsDoNot() {
        SpeechScript s = script("## Steps\n\n3. Rest\n4. Ice\n\n- Heat\n");
        // "3, Rest.": the number leads into its item; "3. Rest." would make the number a sentence of its own.
        assertEquals(List.of("Steps.", "3, Rest.", "4, Ice.", "Heat.", "End of guide."), texts(s.sections().get(1)));
    }

    @Test
    void eachPrintedSentenceIsSpokenOnItsOwnWithTheIdItsTextGets() {
        SpeechScript s = script("## Rest\n\nLie down. Call Dr. Patel at 8 a.m. Then rest.\n\n"
                + "1. **Ice:** Use it. Stop.\n");
        List<Utterance> said = s.sections().get(1).utterances();
        Utterance paragraph = said.get(1);
        assertEquals(List.of(new Utterance.Sentence("rest-p1-s1", "Lie down."),
                new Utterance.Sentence("rest-p1-s2", "Call Doctor Patel at eight A M."),
                new Utterance.Sentence("rest-p1-s3", "Then rest.")), paragraph.sentences());
        assertEquals("Lie down. Call Doctor Patel at eight A M. Then rest.", paragraph.text());
        assertEquals(List.of("1, Ice: Use it.", "Stop."), said.get(2).sentences().stream()
                .map(Utterance.Sentence::text).toList());
        assertEquals("rest-l1-i1-p1-s1", said.get(2).sentences().get(0).id());
    }

    @Test
    void calloutsAreAnnouncedAndSlower() {
        SpeechScript s = script("## S\n\n> [!WARNING] Stop now\n> Call 911 today.\n");
        List<Utterance> u = s.sections().get(2).utterances();
        assertEquals("Warning. Stop now.", u.get(0).text());
        assertEquals("Call 9, 1, 1 today.", u.get(1).text());
        assertTrue(u.get(0).prosody().rateFactor() < 1 && u.get(1).prosody().rateFactor() < 1);
    }

    @Test
    void warningsCautionsAndImportantCalloutsAreChaptersOfTheirOwnAndNotesAreNot() {
        SpeechScript s = script("## Step 5\n\nRest.\n\n> [!NOTE]\n> Sleep well.\n\n> [!WARNING]\n"
                + "> Call 911 if your legs feel weak. Do not wait.\n\nThen walk.\n\n### Later\n\n"
                + "> [!CAUTION] Hot pads\n> Never sleep on one.\n");
        List<String> chapters = s.sections().stream().map(c -> c.id() + " h" + c.level() + " " + c.role() + " "
                + c.title()).toList();
        assertEquals(List.of("opening h1 HEADING Test guide",
                "step-5 h2 HEADING Step 5",
                "step-5-c2 h3 CALLOUT Warning: Call 911 if your legs feel weak.",
                "step-5-continued-2 h2 CONTINUATION Step 5 (continued)",
                "later h3 HEADING Later",
                "later-c1 h4 CALLOUT Caution: Hot pads"), chapters);
        assertEquals(List.of("Step 5.", "Rest.", "Note.", "Sleep well."), s.sections().get(1).utterances().stream()
                .map(Utterance::text).toList());
        // Pauses stay those of the blocks; only a section's end gets the long pause.
        assertEquals(Pauses.PARAGRAPH, s.sections().get(2).utterances().get(1).pauseAfterMs());
        assertEquals(Pauses.SECTION, s.sections().get(3).utterances().get(0).pauseAfterMs());
    }

    @Test
    void tablesAreReadRowByRowWithHeaderNames() {
        SpeechScript s = script("## S\n\n| Time | Medicine | Dose |\n|---|---|---|\n| Morning | baclofen | 10 mg |\n");
        List<Utterance> u = s.sections().get(1).utterances();
        assertEquals("Table with 1 row. Columns: Time, Medicine, Dose.", u.get(1).text());
        assertEquals("Time: Morning. Medicine: baclofen. Dose: 10 milligrams.", u.get(2).text());
    }

    @Test
    void linksSayTheirTextAndBareAddressesAreShort() {
        SpeechScript s = script("## S\n\nSee [our page](https://example.org/a/b?c=1) or "
                + "<https://www.riversidehealth.org/back>.\n");
        assertEquals("See our page or riversidehealth dot org slash back.",
                s.sections().get(1).utterances().get(1).text());
    }

    @Test
    void figuresSayPictureAndTheAltText() {
        Fixtures.png(dir, "p.png");
        SpeechScript s = script("## S\n\n![A knee stretch](p.png)\n");
        assertEquals("Picture: A knee stretch.", s.sections().get(1).utterances().get(1).text());
    }

    @Test
    void everyUtteranceIsOneLineOfTheTranscript() {
        SpeechScript s = script("Intro.\n\n## A\n\nOne  \ntwo.\n");
        assertEquals("Test guide.\nIntro.\nA.\nOne, two.\nEnd of guide.\n", s.transcript());
    }

    @Test
    void badPronunciationInTheGuideNamesTheGuideFile() {
        Path file = Fixtures.write(dir, "p.md", "---\ntitle: T\npronunciations:\n  baclofen: b ae1 k x\n---\nHi.\n");
        ContentException e = assertThrows(ContentException.class, () ->
                new SpeechScriptBuilder().build(MarkdownGuideReader.read(file), Map.of()));
        assertTrue(e.getMessage().contains("p.md") && e.getMessage().contains("\"x\""), e.getMessage());
    }
}
