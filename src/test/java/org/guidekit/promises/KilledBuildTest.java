package org.guidekit.promises;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build killed with {@code kill -9} at any point leaves in {@code output/} only finished files, so a copy of the
 * folder never publishes a half-written or temporary one: the unfinished files are made in the state folder.
 * Real builds in another JVM, killed a few times at points drawn from a fixed seed once they have begun writing;
 * the invariant must hold at every point, so where exactly a kill lands does not decide the outcome. The waits are
 * generous backstops only (minutes), not speed targets.
 */
class KilledBuildTest {
    private static final long BACKSTOP_MS = 5 * 60_000;
    private static final int KILLS = 4;

    @TempDir
    Path dir;

    @Test
    void aKilledBuildLeavesOnlyFinishedFilesInTheOutputFolder() throws Exception {
        Path content = dir.resolve("content");
        org.guidekit.testing.Fixtures.copyFolder(Path.of("content"), content);
        Path out = dir.resolve("output");
        Path unfinished = dir.resolve(".guidekit-state/output/unfinished");
        Random random = new Random(25);
        for (int kill = 0; kill < KILLS; kill++) {
            Process build = build(content, out, "--force");
            try {
                if (kill % 2 == 0) {
                    // While a file is being written: a temporary file exists, wherever the build keeps it.
                    waitFor(() -> hasTemporaryFile(out) || hasTemporaryFile(unfinished) || !build.isAlive(), build);
                } else {
                    // Once the build has begun making the output folder, a little later.
                    waitFor(() -> !isEmpty(out) || !build.isAlive(), build);
                    Thread.sleep(random.nextInt(1_500));
                }
            } finally {
                build.destroyForcibly();
                build.waitFor(BACKSTOP_MS, TimeUnit.MILLISECONDS);
            }
            assertOnlyFinishedFiles(out, "after kill " + (kill + 1));
        }
        Process last = build(content, out, "--force");
        assertTrue(last.waitFor(BACKSTOP_MS, TimeUnit.MILLISECONDS), "the build ends");
        assertEquals(0, last.exitValue(), new String(last.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        assertOnlyFinishedFiles(out, "after a whole build");
        assertTrue(Files.isRegularFile(out.resolve("index.html")) && Files.isRegularFile(
                out.resolve("back-muscle-spasms/back-muscle-spasms.pdf")), "the last build finished the library");
        assertTrue(isEmpty(unfinished), "a finished build leaves nothing unfinished");
    }

    private Process build(Path content, Path out, String... more) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp",
                System.getProperty("java.class.path"), "org.guidekit.cli.Main", "build", content.toString(),
                "--format", "pdf,braille,web", "--out", out.toString(), "-q"));
        command.addAll(List.of(more));
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("build.log").toFile()).start();
    }

    private interface Condition {
        boolean holds() throws IOException;
    }

    private static void waitFor(Condition condition, Process build) throws Exception {
        long deadline = System.currentTimeMillis() + BACKSTOP_MS;
        while (!condition.holds()) {
            assertTrue(System.currentTimeMillis() < deadline, "the build made no file in minutes");
            Thread.sleep(1);
        }
    }

    private static boolean hasTemporaryFile(Path folder) {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.anyMatch(p -> p.getFileName().toString().endsWith(".part"));
        } catch (IOException | java.io.UncheckedIOException e) {
            return false; // a file went while the folder was read: look again
        }
    }

    private static boolean isEmpty(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return true;
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.findAny().isEmpty();
        }
    }

    /** Every file is finished: no temp or hidden name, a PDF ends with %%EOF, a page with </html>, a zip opens. */
    private static void assertOnlyFinishedFiles(Path out, String when) throws IOException {
        if (!Files.exists(out)) {
            return;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(out)) {
            files = walk.filter(p -> !p.equals(out)).toList();
        }
        for (Path p : files) {
            String name = p.getFileName().toString();
            assertTrue(!name.startsWith(".") && !name.endsWith(".part"), when + ": unfinished " + out.relativize(p));
            if (Files.isDirectory(p)) {
                continue;
            }
            byte[] bytes = Files.readAllBytes(p);
            String tail = new String(bytes, Math.max(0, bytes.length - 64), Math.min(64, bytes.length),
                    StandardCharsets.ISO_8859_1).strip();
            if (name.endsWith(".pdf")) {
                assertTrue(tail.endsWith("%%EOF"), when + ": " + out.relativize(p) + " is cut short");
            } else if (name.endsWith(".html")) {
                assertTrue(tail.endsWith("</html>"), when + ": " + out.relativize(p) + " is cut short");
            } else if (name.endsWith(".zip") || name.endsWith(".epub")) {
                try (ZipFile zip = new ZipFile(p.toFile())) {
                    assertTrue(zip.size() > 0, when + ": " + out.relativize(p) + " is empty");
                }
            }
        }
    }
}
