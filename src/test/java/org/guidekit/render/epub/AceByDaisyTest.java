package org.guidekit.render.epub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.guidekit.testing.Browser;
import org.guidekit.testing.SampleEditions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ace by DAISY (npm {@code @daisy/ace-cli}, installed by {@code .ci/run} into {@code ~/.cache/guidekit/ace} with
 * the browser download skipped) checks every EPUB in Debian's Chromium: no violation of any impact. Skipped, with
 * the reason, when Ace or Chromium is missing.
 */
@Order(1) // slow: starts first (junit-platform.properties)
class AceByDaisyTest {
    private static final Path ACE = Path.of(System.getenv().getOrDefault("GUIDEKIT_ACE",
            Path.of(System.getProperty("user.home"), ".cache", "guidekit", "ace", "node_modules", ".bin", "ace-cli")
                    .toString()));

    @Test
    void everyEpubPassesAce(@TempDir Path reports) throws Exception {
        for (Path tool : List.of(ACE, Browser.CHROMIUM)) {
            if (!Files.isExecutable(tool)) {
                String why = "Ace test skipped: " + tool + " is missing (.ci/run installs Ace with npm and "
                        + "Chromium with apt)";
                System.err.println(why);
                Assumptions.abort(why);
            }
        }
        List<String> names = new ArrayList<>(SampleEditions.SPOKEN);
        names.add(SampleEditions.SPANISH);
        for (String name : names) {
            Path epub = SampleEditions.guide(name).resolve(name + ".epub");
            Path report = reports.resolve(name);
            ProcessBuilder pb = new ProcessBuilder(ACE.toString(), "--force", "--silent", "--outdir",
                    report.toString(), epub.toString()).redirectErrorStream(true)
                    .redirectOutput(reports.resolve(name + ".log").toFile());
            pb.environment().put("PUPPETEER_EXECUTABLE_PATH", Browser.CHROMIUM.toString());
            pb.environment().put("PUPPETEER_SKIP_DOWNLOAD", "1");
            Process p = pb.start();
            assertTrue(p.waitFor(180, TimeUnit.SECONDS), "Ace did not finish on " + name);
            String log = Files.readString(reports.resolve(name + ".log"));
            assertEquals(0, p.exitValue(), log);
            String json = Files.readString(report.resolve("report.json"), StandardCharsets.UTF_8);
            assertEquals(List.of(), violations(json), name);
            assertTrue(json.replaceAll("\\s", "").contains("\"earl:result\":{\"earl:outcome\":\"pass\"}"),
                    name + ": Ace's overall outcome is not pass");
        }
    }

    /** Each violation's rule and impact, read from the report without a JSON library. */
    private static List<String> violations(String json) throws IOException {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile("\"dct:title\"\\s*:\\s*\"([^\"]+)\"[^}]*?\"earl:impact\"\\s*:\\s*\"([^\"]+)\"")
                .matcher(json);
        while (m.find()) {
            found.add(m.group(1) + " (" + m.group(2) + ")");
        }
        if (found.isEmpty() && json.contains("\"earl:impact\"")) {
            found.add("a violation this test could not name; see report.json");
        }
        return found;
    }
}
