package org.guidekit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.guidekit.read.GuideReview;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A review signed off by name prints in the editions, an edit after it is a warning in check until the guide is
 * reviewed again, and a draft is built but left off the library page.
 */
class ReviewSignOffTest {
    private static final String GUIDE = "---\ntitle: Caring for your stitches\n---\nKeep the dressing dry for 48 "
            + "hours.\n\n## When to call\n\nCall us if the wound gets red or hot.\n";

    @TempDir
    Path dir;

    @Test
    void aSignedOffGuidePrintsItsReviewerAndAnEditIsAWarningUntilReviewedAgain() throws IOException {
        Path content = Files.createDirectories(dir.resolve("content"));
        Path file = content.resolve("stitches.md");
        Files.writeString(file, GuideReview.signOff(GUIDE, "stitches.md", LocalDate.of(2026, 12, 7), "Dr. Ana Ruiz"));
        CliRun check = CliRun.of("check", file.toString());
        assertEquals(0, check.code(), check.toString());
        assertTrue(check.out().contains("0 errors, 0 warnings"), check.toString());

        Path out = dir.resolve("output");
        CliRun build = CliRun.of("build", content.toString(), "--out", out.toString(), "--format", "pdf,web,braille");
        assertEquals(0, build.code(), build.toString());
        try (PDDocument pdf = Loader.loadPDF(out.resolve("stitches/stitches.pdf").toFile())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertTrue(text.contains("Reviewed December 2026 by Dr. Ana Ruiz"), text);
        }
        String page = Files.readString(out.resolve("stitches/index.html"), StandardCharsets.UTF_8);
        assertTrue(page.contains("Reviewed December 2026 by Dr. Ana Ruiz"), page);

        Files.writeString(file, Files.readString(file).replace("48 hours", "2 days"));
        CliRun changed = CliRun.of("check", file.toString());
        assertTrue(changed.out().contains("warning [changed-since-review] the guide was changed after its review of "
                + "2026-12-07 by Dr. Ana Ruiz"), changed.toString());
        Files.writeString(file, GuideReview.signOff(Files.readString(file), "stitches.md", LocalDate.of(2026, 12, 8),
                "Dr. Ana Ruiz"));
        assertFalse(CliRun.of("check", file.toString()).out().contains("changed-since-review"));
    }

    @Test
    void aDraftIsBuiltButLeftOffTheLibraryPage() throws IOException {
        Path content = Files.createDirectories(dir.resolve("content"));
        Files.writeString(content.resolve("stitches.md"), GUIDE);
        Files.writeString(content.resolve("draft.md"), GUIDE.replace("title: Caring for your stitches",
                "title: New wound leaflet\ndraft: yes"));
        Path out = dir.resolve("output");
        CliRun build = CliRun.of("build", content.toString(), "--out", out.toString(), "--format", "pdf");
        assertEquals(0, build.code(), build.toString());
        assertTrue(Files.exists(out.resolve("draft/draft.pdf")), "a draft is built for preview");
        String index = Files.readString(out.resolve("index.html"), StandardCharsets.UTF_8);
        assertTrue(index.contains("Caring for your stitches"), index);
        assertFalse(index.contains("New wound leaflet") || index.contains("draft.pdf"), index);
        // published once the draft line goes
        Files.writeString(content.resolve("draft.md"), GUIDE.replace("title: Caring for your stitches",
                "title: New wound leaflet"));
        assertEquals(0, CliRun.of("build", content.toString(), "--out", out.toString(), "--format", "pdf").code());
        assertTrue(Files.readString(out.resolve("index.html"), StandardCharsets.UTF_8).contains("New wound leaflet"));
    }
}
