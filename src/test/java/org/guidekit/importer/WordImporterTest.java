package org.guidekit.importer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.guidekit.library.GuideCheck;
import org.guidekit.check.CheckSettings;
import org.guidekit.check.Finding;
import org.guidekit.check.GuideReport;
import org.guidekit.model.Guide;
import org.guidekit.read.MarkdownGuideReader;
import org.guidekit.testing.Golden;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The leaflet of {@link EverythingFixture} (headings to level 4, Word lists three levels deep, typed bullets, a
 * table with merged cells, a linked picture with alt text and one without, a tip, a text box warning, symbols,
 * smart quotes, a tracked change, a comment, a page break, a write-in line, header and footer) imported and
 * compared with golden Markdown and findings; the result reads back and passes the checks but for what the
 * fixture provokes on purpose.
 */
class WordImporterTest {
    @TempDir
    static Path dir;
    private static Path docx;
    private static ImportedGuide guide;

    @BeforeAll
    static void importFixture() throws Exception {
        docx = EverythingFixture.write(dir.resolve("leaflet.docx"));
        guide = WordImporter.read(docx, null);
    }

    @Test
    void markdownMatchesGolden() {
        Golden.assertMatches("import", "everything.md", guide.markdown());
    }

    @Test
    void findingsMatchGolden() {
        String findings = guide.findings(Path.of("content", guide.name() + ".md")).stream().map(Finding::toString)
                .map(s -> s.replace(docx.toString(), "leaflet.docx")).collect(Collectors.joining("\n", "", "\n"));
        Golden.assertMatches("import", "everything.findings.txt", findings);
    }

    @Test
    void nameAndPicturesFollowTheTitle() {
        assertEquals("caring-for-your-back-at-home", guide.name());
        assertEquals(List.of("caring-for-your-back-at-home-1.png", "caring-for-your-back-at-home-2.png"),
                guide.pictures().stream().map(ImportedPicture::fileName).toList());
        assertArrayEquals(WordFixture.png(10), guide.pictures().get(0).bytes());
    }

    @Test
    void resultReadsBackAndPassesTheChecksButForWhatTheFixtureProvokes() {
        Path md = guide.write(dir.resolve("content"));
        Guide read = MarkdownGuideReader.read(md);
        assertEquals("Caring for Your Back at Home", read.metadata().title());
        assertEquals("en-GB", read.metadata().language());
        GuideReport report = GuideCheck.review(md, CheckSettings.defaults());
        Set<String> rules = new TreeSet<>();
        report.findings().forEach(f -> rules.add(f.severity().label() + " " + f.rule()));
        // The fixture's link is to a site content/ has not approved, it has no review date, and its picture
        // without a description keeps the TODO placeholder, which check refuses until it is replaced.
        assertEquals(Set.of("error alt-text", "error link-host", "warning review-date"), rules,
                report.findings().toString());
    }

    @Test
    void sameLeafletGivesTheSameBytes() {
        ImportedGuide again = WordImporter.read(docx, null);
        assertEquals(guide.markdown(), again.markdown());
        for (int i = 0; i < guide.pictures().size(); i++) {
            assertArrayEquals(guide.pictures().get(i).bytes(), again.pictures().get(i).bytes());
        }
    }

    @Test
    void givenNameNamesGuideAndPictures(@TempDir Path out) throws Exception {
        ImportedGuide named = WordImporter.read(docx, "back-care");
        Path md = named.write(out);
        assertEquals(out.resolve("back-care.md"), md);
        assertEquals(true, Files.exists(out.resolve("images/back-care-1.png")));
        assertEquals(true, named.markdown().contains("](images/back-care-2.png)"));
    }
}
