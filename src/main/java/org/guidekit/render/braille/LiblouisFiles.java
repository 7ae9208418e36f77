package org.guidekit.render.braille;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Where liblouis's native library and tables are. The build unpacks them from the {@code org.liblouis:louis} NARs
 * into the classes folder ({@code org/guidekit/render/braille/liblouis/}): run from {@code target/classes} (tests),
 * they are used where they are; run from the jar, they are copied once into a cache folder
 * ({@code $XDG_CACHE_HOME/guidekit} or {@code ~/.cache/guidekit}, else the temp folder) named after a hash of the
 * jar's entries, so a new liblouis gets a new folder and two processes never see a half-copied one. The jar is
 * thus the whole program: it can be copied anywhere and still make braille.
 *
 * @param library the native library ({@code liblouis.so})
 * @param tables  the folder of translation tables
 */
record LiblouisFiles(Path library, Path tables) {
    /** The unpacked NAR paths, relative to the resource folder. */
    static final String LIBRARY = "lib/amd64-Linux-gpp/shared/liblouis.so";
    static final String TABLES = "share/liblouis/tables";
    private static final String RESOURCES = "org/guidekit/render/braille/liblouis/";
    private static final String MARKER = ".complete";

    /** Why liblouis cannot run on this computer, or null when it can: the NAR holds a Linux x86-64 build. */
    static String platformProblem() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        if (os.startsWith("linux") && (arch.equals("amd64") || arch.equals("x86_64"))) {
            return null;
        }
        return "braille needs liblouis, which guidekit ships for Linux on x86-64 only; this computer is "
                + System.getProperty("os.name") + " on " + System.getProperty("os.arch");
    }

    /** Finds (and if needed extracts) the files. */
    static LiblouisFiles locate() throws IOException {
        URL url = LiblouisFiles.class.getClassLoader().getResource(RESOURCES + LIBRARY);
        if (url == null) {
            throw new IOException("the liblouis library is not on the class path (" + RESOURCES + LIBRARY
                    + "); build guidekit with Maven, which unpacks it");
        }
        Path root;
        if (url.getProtocol().equals("file")) {
            try {
                root = Path.of(url.toURI()).getParent().getParent().getParent().getParent();
            } catch (URISyntaxException e) {
                throw new IOException(e);
            }
        } else if (url.getProtocol().equals("jar")) {
            JarURLConnection connection = (JarURLConnection) url.openConnection();
            connection.setUseCaches(false);
            try (JarFile jar = connection.getJarFile()) {
                root = extracted(jar, cacheRoot());
            }
        } else {
            throw new IOException("cannot read liblouis from " + url);
        }
        return new LiblouisFiles(root.resolve(LIBRARY), root.resolve(TABLES));
    }

    /**
     * The liblouis entries of {@code jar} in a folder under {@code cache}, copied there unless a complete copy
     * exists: into a temp folder first, then renamed in one step.
     */
    static Path extracted(JarFile jar, Path cache) throws IOException {
        List<JarEntry> entries = new ArrayList<>();
        MessageDigest sha = sha256();
        for (JarEntry e : java.util.Collections.list(jar.entries())) {
            if (e.getName().startsWith(RESOURCES) && !e.isDirectory()) {
                entries.add(e);
                sha.update((e.getName() + "|" + e.getSize() + "|" + e.getCrc() + "\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
        }
        if (entries.isEmpty()) {
            throw new IOException(jar.getName() + " holds no liblouis files");
        }
        Path target = cache.resolve("liblouis-" + HexFormat.of().formatHex(sha.digest()).substring(0, 16));
        if (Files.exists(target.resolve(MARKER))) {
            return target;
        }
        Files.createDirectories(cache);
        Path temp = Files.createTempDirectory(cache, ".liblouis-");
        try {
            for (JarEntry e : entries) {
                Path file = temp.resolve(e.getName().substring(RESOURCES.length())).normalize();
                if (!file.startsWith(temp)) {
                    throw new IOException("unsafe entry " + e.getName());
                }
                Files.createDirectories(file.getParent());
                try (InputStream in = jar.getInputStream(e)) {
                    Files.copy(in, file);
                }
            }
            Files.createFile(temp.resolve(MARKER));
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | java.nio.file.DirectoryNotEmptyException
                     | AtomicMoveNotSupportedException e) {
                if (!Files.exists(target.resolve(MARKER))) {
                    throw e; // not another process's complete copy
                }
            }
        } finally {
            if (Files.exists(temp)) {
                org.guidekit.render.AtomicOutput.deleteTree(temp);
            }
        }
        return target;
    }

    /** Where extracted copies live. */
    static Path cacheRoot() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg)
                : Path.of(System.getProperty("user.home"), ".cache");
        Path dir = base.resolve("guidekit");
        try {
            Files.createDirectories(dir);
            if (Files.isWritable(dir)) {
                return dir;
            }
        } catch (IOException | UncheckedIOException e) {
            // fall through to the temp folder
        }
        return Path.of(System.getProperty("java.io.tmpdir"), "guidekit-cache-" + System.getProperty("user.name"));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
