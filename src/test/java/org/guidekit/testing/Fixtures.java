package org.guidekit.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;

/** Small helpers to write guide fixtures into a test's temp folder. */
public final class Fixtures {
    private Fixtures() {
    }

    /** Copies folder {@code from} with everything in it to {@code to} (e.g. the sample content folder). */
    public static void copyFolder(Path from, Path to) {
        try (java.util.stream.Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code text} as {@code dir/name} (UTF-8) and returns the path. */
    public static Path write(Path dir, String name, String text) {
        try {
            Path file = dir.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A guide with front matter {@code title: Test guide} and the given Markdown body. */
    public static Path guide(Path dir, String name, String body) {
        return write(dir, name, "---\ntitle: Test guide\n---\n" + body);
    }

    /** A small 40x20 grey PNG, for figure fixtures. */
    public static Path png(Path dir, String name) {
        try {
            Path file = dir.resolve(name);
            Files.createDirectories(file.getParent());
            java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(40, 20,
                    java.awt.image.BufferedImage.TYPE_BYTE_GRAY);
            javax.imageio.ImageIO.write(img, "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sample guides shipped in {@code content/}. */
    public static Path content(String name) {
        return Path.of("content").resolve(name);
    }

    /** A real named pipe, made by mkfifo; the test is skipped where there is no mkfifo (Windows). */
    public static Path fifo(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Process p = new ProcessBuilder("mkfifo", file.toString()).redirectErrorStream(true).start();
            int code = p.waitFor();
            Assumptions.assumeTrue(code == 0 && Files.exists(file), "mkfifo could not make a named pipe (exit " + code
                    + ")");
        } catch (IOException e) {
            Assumptions.abort("no mkfifo on this computer: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        return file;
    }
}
