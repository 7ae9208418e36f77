package org.guidekit.render.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.guidekit.model.Guide;
import org.guidekit.read.MarkdownGuideReader;
import org.guidekit.render.RenderOptions;
import org.guidekit.testing.Fixtures;

/**
 * The guides the PDF tests look at, each read and rendered once per JVM: the samples in {@code content/} and
 * {@code fixture:everything}, a guide with every kind of block, and {@code test:NAME}, the guides in
 * {@code src/test/resources/guides} (a 12-row, 4-column medicine table with doses, times and phone numbers).
 */
final class RenderedGuides {
    private static final Map<String, Guide> GUIDES = new ConcurrentHashMap<>();
    private static final Map<String, byte[]> PDFS = new ConcurrentHashMap<>();
    private static Path fixtureDir;

    private RenderedGuides() {
    }

    static Guide guide(String name) {
        return GUIDES.computeIfAbsent(name, n -> MarkdownGuideReader.read(file(n)));
    }

    static byte[] pdf(String name) {
        return PDFS.computeIfAbsent(name, n -> render(guide(n), RenderOptions.defaults()));
    }

    static byte[] render(Guide guide, RenderOptions options) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            LargePrintPdfRenderer.write(guide, options, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path file(String name) {
        if (name.startsWith("test:")) {
            return Path.of("src/test/resources/guides", name.substring(5) + ".md");
        }
        if (!name.startsWith("fixture:")) {
            return Fixtures.content(name + ".md");
        }
        return Fixtures.guide(dir(), name.substring(8) + ".md", EVERYTHING);
    }

    static synchronized Path dir() {
        try {
            if (fixtureDir == null) {
                fixtureDir = Files.createTempDirectory("guidekit-pdf");
                Fixtures.png(fixtureDir, "images/chart.png");
            }
            return fixtureDir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every kind of block, a table long enough to cross a page, nested lists and links. */
    static final String EVERYTHING = """
            This guide has *every* kind of block. Read more at
            [the clinic's page](https://www.example.org/patients/handouts/back-care/very-long-path/with-more-parts/index.html)
            or write to [help@example.org](mailto:help@example.org).\\
            This line follows a hard line break.

            ## Lists

            - First point with **strong** words.
            - Second point:
              1. Nested step one.
              2. Nested step two.
            - Third point.

            ### Numbered steps

            3. Start at three.
            4. Then four.

            ## A figure

            ![A bar chart of daily readings](images/chart.png)

            ## A medication schedule

            | Time | Medicine | Dose |
            |---|---|---|
            """ + rows(24) + """

            > [!NOTE] About this table
            > Take each dose with water.
            > - Do not skip doses.
            > - Ask your pharmacist.

            > [!CAUTION]
            > A callout without a title.
            """;

    private static String rows(int n) {
        StringBuilder sb = new StringBuilder();
        String[] times = {"Morning", "Noon", "Evening", "Bedtime"};
        for (int i = 1; i <= n; i++) {
            String dose = i == 5 ? "" : (i % 3 + 1) + " tablets";
            sb.append("| ").append(times[i % 4]).append(" day ").append(i).append(" | Medicine number ").append(i)
                    .append(" | ").append(dose).append(" |\n");
        }
        return sb.toString();
    }
}
