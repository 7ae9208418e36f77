package org.guidekit.distribution;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Checks a jar's contents (a folder laid out like it: target/classes, or an unpacked jar) for the licence texts
 * guidekit must ship: guidekit's own META-INF/LICENSE; for every dependency listed in the generated
 * META-INF/THIRD-PARTY.txt, a folder META-INF/licenses/ARTIFACT/ with a licence text in it; every "../NAME" a text
 * refers to present; and a licence for every font file guidekit carries in its own resources (beside the font, or
 * META-INF/licenses/fonts/FAMILY-*.txt). Returns the problems, one line each, saying what to add.
 */
final class ShippedLicences {
    /** "groupId:artifactId:version" at the start of a line of THIRD-PARTY.txt (see src/license/THIRD-PARTY.ftl). */
    private static final Pattern DEPENDENCY = Pattern.compile("^([\\w.\\-]+):([\\w.\\-]+):(\\S+)$", Pattern.MULTILINE);
    private static final Pattern LICENCE_LINE = Pattern.compile("^ +licence: +(.*)$", Pattern.MULTILINE);
    private static final Pattern REFERENCE = Pattern.compile("\\.\\./([\\w.\\-]+\\.txt)");
    private static final Pattern LICENCE_FILE = Pattern.compile("(?i)(licen[cs]e|copying|ofl).*");
    private static final Pattern FONT_FILE = Pattern.compile("(?i).*\\.(ttf|otf|ttc|woff2?)$");

    private ShippedLicences() {
    }

    record Dependency(String groupId, String artifactId, String version, String licence) {
        @Override
        public String toString() {
            return groupId + ":" + artifactId + ":" + version;
        }
    }

    /** The dependencies THIRD-PARTY.txt under {@code root} lists. */
    static List<Dependency> dependencies(Path root) {
        String list = read(root.resolve("META-INF/THIRD-PARTY.txt"));
        List<Dependency> found = new ArrayList<>();
        Matcher m = DEPENDENCY.matcher(list);
        while (m.find()) {
            Matcher licence = LICENCE_LINE.matcher(list);
            String name = licence.find(m.end()) ? licence.group(1).trim() : "";
            found.add(new Dependency(m.group(1), m.group(2), m.group(3), name));
        }
        return found;
    }

    static List<String> problems(Path root) {
        List<String> problems = new ArrayList<>();
        if (!Files.isRegularFile(root.resolve("META-INF/LICENSE"))) {
            problems.add("META-INF/LICENSE (guidekit's own licence) is missing");
        }
        if (!Files.isRegularFile(root.resolve("META-INF/THIRD-PARTY.txt"))) {
            problems.add("META-INF/THIRD-PARTY.txt is missing: license-maven-plugin did not run");
            return problems;
        }
        Path licences = root.resolve("META-INF/licenses");
        for (Dependency d : dependencies(root)) {
            if (d.licence().isEmpty() || d.licence().toLowerCase(Locale.ROOT).contains("unknown")) {
                problems.add(d + ": no licence name in THIRD-PARTY.txt; add it to src/license/THIRD-PARTY.properties");
            }
            Path folder = licences.resolve(d.artifactId());
            if (files(folder).stream().noneMatch(f -> LICENCE_FILE.matcher(f.getFileName().toString()).matches())) {
                problems.add(d + " (" + d.licence() + ") has no licence text in META-INF/licenses/" + d.artifactId()
                        + "/; its jar ships none, so add one to src/main/resources/META-INF/licenses/"
                        + d.artifactId() + "/ (its copyright lines and licence, and where they come from)");
            }
        }
        for (Path text : files(licences)) {
            Matcher ref = REFERENCE.matcher(read(text));
            while (ref.find()) {
                if (!Files.isRegularFile(text.getParent().resolve("..").resolve(ref.group(1)).normalize())) {
                    problems.add(root.relativize(text) + " refers to ../" + ref.group(1) + ", which is not shipped");
                }
            }
        }
        for (Path font : files(root)) {
            if (FONT_FILE.matcher(font.getFileName().toString()).matches() && !fontLicensed(font, licences)) {
                problems.add(root.relativize(font) + " has no licence: put its OFL.txt (or LICENSE) beside it");
            }
        }
        return problems;
    }

    private static boolean fontLicensed(Path font, Path licences) {
        boolean beside = files(font.getParent()).stream().anyMatch(f -> f.getParent().equals(font.getParent())
                && LICENCE_FILE.matcher(f.getFileName().toString()).matches());
        String family = font.getFileName().toString().replaceFirst("[-.].*", "");
        return beside || Files.isRegularFile(licences.resolve("fonts").resolve(family + "-OFL.txt"))
                || Files.isRegularFile(licences.resolve("fonts").resolve(family + "-LICENSE.txt"));
    }

    private static List<Path> files(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            try {
                return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            } catch (IOException again) {
                throw new UncheckedIOException(again);
            }
        }
    }
}
