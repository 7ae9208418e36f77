package org.guidekit.promises;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * README: "The same guide and options always give the identical file." Every format is rendered by two separate
 * JVMs (so no hash-map order, clock or path spelling can hide) and every file compared byte for byte. A new
 * format is covered by adding its name to {@link #FORMATS}.
 */
@Order(1) // slow: starts first (junit-platform.properties)
class SameBytesAcrossProcessesTest {
    /** Every format guidekit makes. */
    private static final String FORMATS = "pdf,audio,daisy,wav,braille,epub,web";

    @TempDir
    Path dir;

    @Test
    void everyFormatIsByteIdenticalAcrossProcesses() throws Exception {
        Path guide = Path.of("content", "back-muscle-spasms.md"); // a picture, callouts, lists: every kind of block
        Process first = render(guide.toString(), dir.resolve("one"), dir.resolve("one.log"));
        // The same file spelt differently: identifiers must come from content, not from the path as typed.
        Process second = render(guide.toAbsolutePath().toString(), dir.resolve("two"), dir.resolve("two.log"));
        assertEquals(0, finish(first), Files.readString(dir.resolve("one.log")));
        assertEquals(0, finish(second), Files.readString(dir.resolve("two.log")));
        List<Path> one = files(dir.resolve("one"));
        List<Path> two = files(dir.resolve("two"));
        assertEquals(one, two, "the same files");
        assertTrue(one.stream().anyMatch(p -> p.toString().endsWith(".pdf")) && one.size() > 10, one.toString());
        for (Path f : one) {
            if (f.getFileName().toString().startsWith(".guidekit")) {
                continue; // the build's own state records file times, not output
            }
            assertArrayEquals(Files.readAllBytes(dir.resolve("one").resolve(f)),
                    Files.readAllBytes(dir.resolve("two").resolve(f)), f + " differs between two processes");
        }
    }

    private static Process render(String guide, Path out, Path log) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // With the README launcher's JVM flags (quick JIT tier, simple collector), as a user's run has them.
        return new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp",
                System.getProperty("java.class.path"), "org.guidekit.cli.Main",
                "render", guide, "--format", FORMATS, "--zip", "--out", out.toString(), "-q")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static int finish(Process p) throws InterruptedException {
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return -1;
        }
        return p.exitValue();
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            List<Path> found = new ArrayList<>();
            walk.filter(Files::isRegularFile).map(root::relativize).sorted().forEach(found::add);
            return found;
        }
    }
}
