package org.guidekit.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * The README's launcher (`./guidekit`) makes its start-up cache (a class data sharing archive on JDK 17 to 24, an
 * AOT cache on 25 and newer) from the new-guide template, and then runs with it, printing nothing extra (not even the
 * JDK's native-access warning for JNA, which the jar's manifest allows): once with
 * the JDK running the tests and once with the JDK the launcher picks by itself (a JDK 25 where one is installed).
 * The launcher and the jar are copied to a folder of their own, so no other build's cache is touched.
 * The two cases share nothing, so they run side by side.
 */
@Execution(ExecutionMode.CONCURRENT)
class LauncherStartCacheIT {
    @TempDir
    Path dir;

    @Test
    void makesItsStartCacheOnThisJdkAndUsesIt() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        check(Map.of("GUIDEKIT_JAVA", java.toString()), "the JDK running the tests");
    }

    @Test
    void makesItsStartCacheOnTheJdkItPicksAndUsesIt() throws Exception {
        check(Map.of(), "the JDK the launcher picks");
    }

    private void check(Map<String, String> env, String which) throws Exception {
        Path home = dir.resolve("guidekit");
        Files.createDirectories(home.resolve("target"));
        Files.copy(Path.of("guidekit"), home.resolve("guidekit"));
        Files.copy(Path.of("target", "guidekit.jar"), home.resolve("target/guidekit.jar"));

        Result first = run(home, env, "help");
        assertEquals(0, first.code, which + ": " + first.err);
        List<Path> caches = caches(home);
        assertEquals(1, caches.size(), which + ": one start-up cache, not " + caches + "; stderr: " + first.err);
        assertFalse(caches.get(0).toString().endsWith(".failed"), which + ": the cache could not be made");

        Path guide = dir.resolve("guide.md");
        Files.writeString(guide, "---\ntitle: Rest\nlanguage: en-US\n---\nRest your back for a day.\n");
        Result second = run(home, env, "render", guide.toString(), "--format", "pdf,audio,braille", "--out",
                dir.resolve("out").toString(), "-q");
        assertEquals(0, second.code, which + ": " + second.err);
        assertEquals("", second.err, which + ": a run with the cache prints nothing on stderr");
        assertTrue(Files.size(dir.resolve("out/guide/guide.mp3")) > 1000);
        assertTrue(Files.size(dir.resolve("out/guide/guide.brf")) > 10); // braille loads liblouis through JNA
    }

    private static List<Path> caches(Path home) throws IOException {
        try (Stream<Path> files = Files.list(home.resolve("target"))) {
            return files.filter(f -> f.getFileName().toString().startsWith("guidekit-start-")).sorted().toList();
        }
    }

    private record Result(int code, String err) {
    }

    private Result run(Path home, Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("sh", home.resolve("guidekit").toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().remove("JAVA_HOME");
        pb.environment().remove("GUIDEKIT_JAVA");
        pb.environment().remove("GUIDEKIT_JAVA_OPTS");
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        pb.environment().putAll(env);
        Path err = Files.createTempFile(dir, "err", ".txt");
        pb.redirectError(err.toFile());
        Process p = pb.start();
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "the launcher finished");
        return new Result(p.exitValue(), Files.readString(err, StandardCharsets.UTF_8).replace(
                "Preparing a faster start (once, after each build) ...\n", ""));
    }
}
