package org.guidekit.distribution;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jars `mvn package` leaves (failsafe runs this after package): target/guidekit.jar carries guidekit's licence,
 * every dependency's and those of the fonts in guidekit's own resources, and runs, FreeTTS slimmed included; target/guidekit-VERSION.jar runs from the plain
 * dependency jars in target/lib/, which is how a user replaces jump3r or another LGPL library.
 */
class ShadedJarIT {
    private static final Path SHADED = Path.of("target", "guidekit.jar");

    @TempDir
    Path dir;

    @Test
    void theShadedJarCarriesEveryLicence() throws IOException {
        Path unpacked = dir.resolve("jar");
        try (ZipFile jar = new ZipFile(SHADED.toFile())) {
            for (Enumeration<? extends ZipEntry> e = jar.entries(); e.hasMoreElements();) {
                ZipEntry entry = e.nextElement();
                String name = entry.getName();
                if (!entry.isDirectory() && (name.startsWith("META-INF/") || name.startsWith("org/guidekit/"))) {
                    Path to = unpacked.resolve(name);
                    Files.createDirectories(to.getParent());
                    try (InputStream in = jar.getInputStream(entry)) {
                        Files.copy(in, to);
                    }
                }
            }
        }
        assertArrayEquals(Files.readAllBytes(Path.of("LICENSE")),
                Files.readAllBytes(unpacked.resolve("META-INF/LICENSE")), "META-INF/LICENSE is guidekit's own");
        assertEquals(List.of(), ShippedLicences.problems(unpacked));
        assertTrue(ShippedLicences.dependencies(unpacked).size() >= 10, "THIRD-PARTY.txt lists the dependencies");
    }

    @Test
    void theShadedJarSpeaks() throws Exception {
        Path guide = guide();
        assertEquals(0, run(List.of("-jar", SHADED.toString()), guide, dir.resolve("shaded")));
        assertTrue(Files.size(dir.resolve("shaded/tiny/tiny.mp3")) > 1000);
    }

    @Test
    void thePlainJarRunsFromTheLibFolder() throws Exception {
        Path plain;
        try (var s = Files.list(Path.of("target"))) {
            plain = s.filter(p -> p.getFileName().toString().matches("guidekit-.+\\.jar")).findFirst().orElseThrow();
        }
        assertTrue(Files.isRegularFile(Path.of("target", "lib").resolve("jump3r-1.0.5.jar")),
                "target/lib holds the plain jump3r jar a user can replace");
        Path guide = guide();
        assertEquals(0, run(List.of("-jar", plain.toString()), guide, dir.resolve("plain")));
        assertArrayEquals(Files.readAllBytes(dir.resolve("plain/tiny/tiny.mp3")),
                Files.readAllBytes(render(guide)), "the same MP3 as the shaded jar makes");
    }

    private Path render(Path guide) throws Exception {
        assertEquals(0, run(List.of("-jar", SHADED.toString()), guide, dir.resolve("again")));
        return dir.resolve("again/tiny/tiny.mp3");
    }

    private Path guide() throws IOException {
        Path guide = dir.resolve("content/tiny.md");
        Files.createDirectories(guide.getParent());
        Files.writeString(guide, "---\ntitle: Ice for a sore back\nlanguage: en-US\n---\n"
                + "Put an ice pack on the sore area for 15 minutes.\n");
        return guide;
    }

    private int run(List<String> launch, Path guide, Path out) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC")); // the README launcher's flags
        command.addAll(launch);
        command.addAll(List.of("render", guide.toString(), "--format", "audio", "--out", out.toString(), "-q"));
        Path log = dir.resolve(out.getFileName() + ".log");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("timed out: " + command);
        }
        int exit = p.exitValue();
        if (exit != 0) {
            System.err.println(Files.readString(log));
        }
        return exit;
    }
}
