package org.guidekit.render.braille;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import org.guidekit.model.Guide;
import org.guidekit.read.MarkdownGuideReader;
import org.guidekit.render.RenderOptions;
import org.guidekit.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** liblouis from the jar: extracted once into the cache, reused, and safe to call from parallel guide builds. */
class LiblouisFilesTest {
    private static final Path CLASSES = Path.of("target/classes/org/guidekit/render/braille/liblouis");

    @TempDir
    Path dir;

    @Test
    void theJarsLiblouisIsExtractedOnceIntoTheCacheByteForByte() throws IOException {
        Path jar = dir.resolve("guidekit.jar");
        List<Path> files;
        try (Stream<Path> s = Files.walk(CLASSES)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out)) {
            for (Path f : files) {
                j.putNextEntry(new JarEntry("org/guidekit/render/braille/liblouis/"
                        + CLASSES.relativize(f).toString().replace('\\', '/')));
                j.write(Files.readAllBytes(f));
                j.closeEntry();
            }
        }
        Path cache = dir.resolve("cache");
        Path first;
        Path second;
        try (JarFile j = new JarFile(jar.toFile())) {
            first = LiblouisFiles.extracted(j, cache);
            java.nio.file.attribute.FileTime stamp = Files.getLastModifiedTime(first.resolve(LiblouisFiles.LIBRARY));
            second = LiblouisFiles.extracted(j, cache);
            assertEquals(stamp, Files.getLastModifiedTime(second.resolve(LiblouisFiles.LIBRARY)), "not copied twice");
        }
        assertEquals(first, second);
        try (Stream<Path> s = Files.list(cache)) {
            assertEquals(1, s.count(), "no temp folder left behind");
        }
        for (Path f : files) {
            assertArrayEquals(Files.readAllBytes(f), Files.readAllBytes(first.resolve(CLASSES.relativize(f))), f
                    .toString());
        }
        assertTrue(Files.exists(first.resolve(LiblouisFiles.TABLES).resolve("en-ueb-g2.ctb")));
    }

    @Test
    void guidesTranslatedAtOnceGetTheSameBrailleAsOneAtATime() throws Exception {
        Guide a = MarkdownGuideReader.read(Fixtures.content("back-muscle-spasms.md"));
        Guide b = MarkdownGuideReader.read(Fixtures.content("checking-blood-pressure-at-home.md"));
        String brfA = BrailleProof.brf(a, RenderOptions.defaults());
        String brfB = BrailleProof.brf(b, RenderOptions.defaults());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> runs = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                Guide g = i % 2 == 0 ? a : b;
                runs.add(pool.submit(() -> BrailleProof.brf(g, RenderOptions.defaults())));
            }
            for (int i = 0; i < runs.size(); i++) {
                assertEquals(i % 2 == 0 ? brfA : brfB, runs.get(i).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
