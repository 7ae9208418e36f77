package org.guidekit.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;

import org.guidekit.error.ContentException;
import org.guidekit.model.Callout;
import org.guidekit.model.CalloutKind;
import org.guidekit.model.Figure;
import org.guidekit.model.Guide;
import org.guidekit.model.ListBlock;
import org.guidekit.model.ModelPrinter;
import org.guidekit.model.Table;
import org.guidekit.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the reader builds from each part of the guide format. */
class MarkdownGuideReaderTest {
    @TempDir
    Path dir;

    @Test
    void frontMatterBecomesMetadata() {
        Path file = Fixtures.write(dir, "g.md", "---\ntitle: Back care\nsubtitle: At home\nlanguage: en-GB\n"
                + "organization: Riverside\nreviewed: 2026-10-01\npronunciations:\n  baclofen: BACK-low-fen\n"
                + "target-grade: 6\nallowed-links: [medlineplus.gov]\npicture-captions: yes\n---\nText.\n");
        var m = MarkdownGuideReader.read(file).metadata();
        assertEquals("Back care", m.title());
        assertEquals("At home", m.subtitle().orElseThrow());
        assertEquals("en-GB", m.language());
        assertEquals(LocalDate.of(2026, 10, 1), m.reviewed().orElseThrow());
        assertEquals("BACK-low-fen", m.pronunciations().get("baclofen"));
        assertEquals(6, m.targetGrade().getAsInt());
        assertEquals("medlineplus.gov", m.allowedLinks().get(0));
        assertTrue(m.pictureCaptions());
    }

    @Test
    void pictureCaptionsIsYesOrNo() {
        Path off = Fixtures.write(dir, "off.md", "---\ntitle: T\n---\nText.\n");
        assertFalse(MarkdownGuideReader.read(off).metadata().pictureCaptions());
        Path bad = Fixtures.write(dir, "bad.md", "---\ntitle: T\npicture-captions: maybe\n---\nText.\n");
        var e = org.junit.jupiter.api.Assertions.assertThrows(org.guidekit.error.ContentException.class,
                () -> MarkdownGuideReader.read(bad));
        assertTrue(e.getMessage().contains("bad.md:3: picture-captions \"maybe\" is not yes or no"), e.getMessage());
    }

    @Test
    void leadingTitleHeadingThatRepeatsTheTitleIsDropped() {
        Guide g = MarkdownGuideReader.read(Fixtures.guide(dir, "g.md", "# Test guide\n\nText.\n"));
        assertEquals(1, g.intro().size());
    }

    @Test
    void titleHeadingThatDiffersIsAnError() {
        var e = assertThrows(ContentException.class,
                () -> MarkdownGuideReader.read(Fixtures.guide(dir, "g.md", "# Other\n\nText.\n")));
        assertTrue(e.getMessage().contains("differs from the front-matter title"), e.getMessage());
    }

    @Test
    void calloutsWithTitlesAndLists() {
        Guide g = MarkdownGuideReader.read(Fixtures.guide(dir, "g.md",
                "## Help\n\n> [!WARNING] When to see a doctor\n> Call your doctor if:\n> - it hurts\n> - it lasts\n"));
        Callout c = (Callout) g.sections().get(0).blocks().get(0);
        assertEquals(CalloutKind.WARNING, c.kind());
        assertEquals("When to see a doctor", c.title().orElseThrow());
        assertEquals(2, c.blocks().size());
        assertTrue(c.blocks().get(1) instanceof ListBlock);
    }

    @Test
    void tablesKeepHeaderAndRowsOfEqualWidth() {
        Guide g = MarkdownGuideReader.read(Fixtures.guide(dir, "g.md",
                "| Time | Medicine | Dose |\n|---|---|---|\n| Morning | baclofen | 10 mg |\n| Night | baclofen |\n"));
        Table t = (Table) g.intro().get(0);
        assertEquals(3, t.columns());
        assertEquals(2, t.rows().size());
        assertEquals(3, t.rows().get(1).cells().size());
    }

    @Test
    void figuresResolveInsideTheGuideFolder() {
        Fixtures.png(dir, "images/knee.png");
        Guide g = MarkdownGuideReader.read(Fixtures.guide(dir, "g.md", "![Knee to chest](images/knee.png)\n"));
        Figure f = (Figure) g.intro().get(0);
        assertEquals("Knee to chest", f.alt());
        assertTrue(f.file().endsWith(Path.of("images/knee.png")));
    }

    @Test
    void numberedListsKeepTheirStartAndOneNestedLevel() {
        Guide g = MarkdownGuideReader.read(Fixtures.guide(dir, "g.md", "3. three\n   - a\n   - b\n4. four\n"));
        ListBlock l = (ListBlock) g.intro().get(0);
        assertTrue(l.ordered());
        assertEquals("3.", l.label(0));
        assertTrue(l.items().get(0).blocks().get(1) instanceof ListBlock);
    }

    @Test
    void idsAreStableAndUnique() {
        String body = "## Rest\n\nA.\n\n## Rest\n\nB.\n\n### Sleep well\n\nC.\n";
        Guide a = MarkdownGuideReader.read(Fixtures.guide(dir, "a.md", body));
        Guide b = MarkdownGuideReader.read(Fixtures.guide(dir, "a.md", body));
        assertEquals(ModelPrinter.print(a), ModelPrinter.print(b));
        assertEquals("rest", a.sections().get(0).id());
        assertEquals("rest-2", a.sections().get(1).id());
        assertEquals("sleep-well", a.sections().get(1).subsections().get(0).id());
        assertEquals("sleep-well-p1", a.sections().get(1).subsections().get(0).blocks().get(0).id());
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        var e = assertThrows(ContentException.class, () -> MarkdownGuideReader.read(Fixtures.guide(dir, "g.md",
                "<b>x</b>\n\n![](a.png)\n\n[x](javascript:1)\n")));
        assertEquals(3, e.problems().size(), e.getMessage());
    }
}
