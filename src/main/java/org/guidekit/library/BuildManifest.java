package org.guidekit.library;

import java.io.IOException;
import java.io.Writer;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.guidekit.error.IoReason;
import org.guidekit.error.OutputException;
import org.guidekit.render.AtomicOutput;

/**
 * The record of a build ({@code .guidekit-manifest} in the output folder's {@link StateFolder}): per guide its source, title and, per
 * format, the fingerprint of the inputs and the files written. A plain text file, one line per entry, so that a
 * clinic's IT person can read it; written atomically after every guide, so an interrupted build resumes.
 */
final class BuildManifest {
    static final String FILE_NAME = ".guidekit-manifest";
    private static final String HEADER = "guidekit-manifest 3";

    /** One guide's entry. */
    record Entry(String name, String source, String title, Map<String, Output> formats) {
    }

    /**
     * What the library page says of a guide besides its title: its language and a one-line description; a draft
     * ({@code draft: yes}) is built for preview but left off the page.
     */
    record About(String language, String description, boolean draft) {
        About(String language, String description) {
            this(language, description, false);
        }
    }

    /** One format's output: the fingerprint of its inputs and a stamp of every file written. */
    record Output(String fingerprint, List<Stamp> files) {
    }

    /**
     * A file as it was written (path relative to the output folder, size, modification time), so that a file
     * changed since, by {@code guidekit render} with other options or by hand, is not taken as up to date.
     */
    record Stamp(String path, long size, long modified) {
        static Stamp of(Path out, Path file) {
            try {
                Path abs = file.toAbsolutePath().normalize();
                return new Stamp(out.relativize(abs).toString(), Files.size(abs),
                        Files.getLastModifiedTime(abs).toMillis());
            } catch (IOException e) {
                throw new OutputException(file + ": cannot read what was just written (" + IoReason.of(e) + ")", e);
            }
        }

        boolean matches(Path out) {
            Path f = out.resolve(path);
            try {
                return Files.isRegularFile(f) && Files.size(f) == size
                        && Files.getLastModifiedTime(f).toMillis() == modified;
            } catch (IOException e) {
                return false;
            }
        }
    }

    private final Path file;
    private final Map<String, Entry> entries = new TreeMap<>();
    private final Map<String, About> about = new TreeMap<>();
    /** The content folder the outputs were built from, when known. */
    private Optional<String> contentRoot = Optional.empty();
    /** Whether anything was recorded or removed since loading, so a run that changed nothing writes nothing. */
    private boolean changed;

    private BuildManifest(Path file) {
        this.file = file;
    }

    static BuildManifest load(Path out) {
        BuildManifest m = new BuildManifest(StateFolder.of(out).resolve(FILE_NAME));
        if (!Files.isRegularFile(m.file)) {
            return m;
        }
        try {
            List<String> lines = Files.readAllLines(m.file, StandardCharsets.UTF_8);
            if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
                return new BuildManifest(m.file); // unknown version: start afresh, which only costs a full build
            }
            lines.stream().skip(1).map(l -> l.split("\t", -1)).forEach(m::parse);
            return m;
        } catch (IllegalArgumentException | IndexOutOfBoundsException | java.nio.charset.CharacterCodingException e) {
            return new BuildManifest(m.file); // damaged (a bad number or escape): start afresh, never fail the build
        } catch (IOException e) {
            throw new OutputException(m.file + ": cannot read the build manifest (" + IoReason.of(e) + ")", e);
        }
    }

    /**
     * Fields are percent-encoded, so tabs, bars or line breaks in names and titles cannot break a line. The file
     * is untrusted input: a record naming anything but a plain folder, or a file outside its guide's folder, is
     * dropped, since the build deletes what the manifest lists.
     */
    private void parse(String[] raw) {
        String[] f = Arrays.stream(raw).map(x -> URLDecoder.decode(x, StandardCharsets.UTF_8)).toArray(String[]::new);
        if (f[0].equals("root") && f.length == 2) {
            contentRoot = Optional.of(f[1]);
        } else if (f[0].equals("guide") && f.length == 4 && GuideFiles.isPlainName(f[1])) {
            entries.put(f[1], new Entry(f[1], f[2], f[3], new TreeMap<>()));
        } else if (f[0].equals("about") && (f.length == 4 || f.length == 5 && f[4].equals("draft"))
                && entries.containsKey(f[1])) {
            about.put(f[1], new About(f[2], f[3], f.length == 5));
        } else if (f[0].equals("format") && f.length >= 4 && entries.containsKey(f[1])) {
            List<Stamp> files = new ArrayList<>();
            for (int i = 4; i + 2 < f.length; i += 3) {
                if (!inside(f[1], f[i])) {
                    return;
                }
                files.add(new Stamp(f[i], Long.parseLong(f[i + 1]), Long.parseLong(f[i + 2])));
            }
            entries.get(f[1]).formats().put(f[2], new Output(f[3], files));
        }
    }

    /** True when {@code path} (relative to the output folder) lies inside the folder of guide {@code name}. */
    private static boolean inside(String name, String path) {
        Path p = Path.of(path);
        return !p.isAbsolute() && p.normalize().equals(p) && p.getNameCount() >= 2 && p.getName(0).toString()
                .equals(name);
    }

    /** The content folder the recorded outputs came from, when known. */
    synchronized Optional<String> contentRoot() {
        return contentRoot;
    }

    synchronized void contentRoot(Path root) {
        changed |= !contentRoot.equals(Optional.of(root.toString()));
        contentRoot = Optional.of(root.toString());
    }

    synchronized Optional<Entry> get(String name) {
        return Optional.ofNullable(entries.get(name));
    }

    synchronized List<Entry> entries() {
        return List.copyOf(entries.values());
    }

    /** True when {@code format} of guide {@code name} was built from the same inputs and its files still exist. */
    synchronized boolean upToDate(String name, String format, String fingerprint, Path out) {
        Entry e = entries.get(name);
        Output o = e == null ? null : e.formats().get(format);
        return o != null && o.fingerprint().equals(fingerprint) && !o.files().isEmpty()
                && o.files().stream().allMatch(f -> f.matches(out));
    }

    /** Records what the library page says of guide {@code name}; saved with its entry. */
    synchronized void describe(String name, About a) {
        about.put(name, a);
    }

    synchronized Optional<About> about(String name) {
        return Optional.ofNullable(about.get(name));
    }

    synchronized void record(String name, String source, String title, String format, Output output) {
        Entry old = entries.get(name);
        Map<String, Output> formats = old == null ? new TreeMap<>() : new TreeMap<>(old.formats());
        formats.put(format, output);
        entries.put(name, new Entry(name, source, title, formats));
        changed = true;
    }

    synchronized Optional<Output> output(String name, String format) {
        Entry e = entries.get(name);
        return e == null ? Optional.empty() : Optional.ofNullable(e.formats().get(format));
    }

    synchronized void removeFormat(String name, String format) {
        Entry e = entries.get(name);
        if (e != null) {
            Map<String, Output> formats = new TreeMap<>(e.formats());
            formats.remove(format);
            changed = true;
            entries.put(name, new Entry(name, e.source(), e.title(), formats));
        }
    }

    synchronized void remove(String name) {
        changed |= entries.remove(name) != null;
        about.remove(name);
    }

    private static String line(String... fields) {
        return String.join("\t", Arrays.stream(fields).map(f -> URLEncoder.encode(f, StandardCharsets.UTF_8))
                .toList());
    }

    /** True when the manifest differs from the file it was loaded from. */
    synchronized boolean changed() {
        return changed;
    }

    /** Writes the manifest atomically. */
    synchronized void save() {
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        contentRoot.ifPresent(r -> lines.add(line("root", r)));
        for (Entry e : entries.values()) {
            lines.add(line("guide", e.name(), e.source(), e.title()));
            if (about.containsKey(e.name())) {
                About a = about.get(e.name());
                lines.add(a.draft() ? line("about", e.name(), a.language(), a.description(), "draft")
                        : line("about", e.name(), a.language(), a.description()));
            }
            e.formats().forEach((format, o) -> {
                List<String> fields = new ArrayList<>(List.of("format", e.name(), format, o.fingerprint()));
                o.files().forEach(f -> fields.addAll(List.of(f.path(), String.valueOf(f.size()),
                        String.valueOf(f.modified()))));
                lines.add(line(fields.toArray(String[]::new)));
            });
        }
        AtomicOutput.write(file, out -> {
            Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
            w.write(String.join("\n", lines) + "\n");
            w.flush();
        });
    }
}
