package org.guidekit.build;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.guidekit.error.OutputException;
import org.guidekit.render.AtomicOutput;

/**
 * The record of a build in the output folder ({@code .guidekit-manifest}): per guide its source, title and, per
 * format, the fingerprint of the inputs and the files written. A plain text file, one line per entry, so that a
 * clinic's IT person can read it; written atomically after every guide, so an interrupted build resumes.
 */
final class BuildManifest {
    static final String FILE_NAME = ".guidekit-manifest";
    private static final String HEADER = "guidekit-manifest 1";

    /** One guide's entry. */
    record Entry(String name, String source, String title, Map<String, Output> formats) {
    }

    /** One format's output. */
    record Output(String fingerprint, List<String> files) {
    }

    private final Path file;
    private final Map<String, Entry> entries = new TreeMap<>();

    private BuildManifest(Path file) {
        this.file = file;
    }

    static BuildManifest load(Path out) {
        BuildManifest m = new BuildManifest(out.resolve(FILE_NAME));
        if (!Files.isRegularFile(m.file)) {
            return m;
        }
        try {
            List<String> lines = Files.readAllLines(m.file, StandardCharsets.UTF_8);
            if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
                return m; // unknown or damaged: start afresh, which only costs a full build
            }
            lines.stream().skip(1).map(l -> l.split("\t", -1)).forEach(m::parse);
            return m;
        } catch (IOException e) {
            throw new OutputException(m.file + ": cannot read the build manifest (" + e.getMessage() + ")", e);
        }
    }

    private void parse(String[] f) {
        if (f[0].equals("guide") && f.length == 4) {
            entries.put(f[1], new Entry(f[1], f[2], f[3], new TreeMap<>()));
        } else if (f[0].equals("format") && f.length == 5 && entries.containsKey(f[1])) {
            List<String> files = f[4].isEmpty() ? List.of() : Arrays.asList(f[4].split("\\|"));
            entries.get(f[1]).formats().put(f[2], new Output(f[3], files));
        }
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
                && o.files().stream().allMatch(f -> Files.exists(out.resolve(f)));
    }

    synchronized void record(String name, String source, String title, String format, Output output) {
        Entry old = entries.get(name);
        Map<String, Output> formats = old == null ? new TreeMap<>() : new TreeMap<>(old.formats());
        formats.put(format, output);
        entries.put(name, new Entry(name, source, title, formats));
    }

    synchronized void remove(String name) {
        entries.remove(name);
    }

    /** Writes the manifest atomically. */
    synchronized void save() {
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        for (Entry e : entries.values()) {
            lines.add(String.join("\t", "guide", e.name(), e.source(), e.title()));
            e.formats().forEach((format, o) -> lines.add(String.join("\t", "format", e.name(), format,
                    o.fingerprint(), String.join("|", o.files()))));
        }
        AtomicOutput.write(file, out -> {
            Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
            w.write(String.join("\n", lines) + "\n");
            w.flush();
        });
    }
}
