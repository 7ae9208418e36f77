package org.guidekit.read;

import static org.guidekit.read.FolderYaml.line;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads the clinic's settings, {@code content/guidekit.yaml}: lines of {@code key: value}. YAML is only composed,
 * never constructed into objects; an unknown key is an error that suggests the key meant, with file and line, and
 * every value is checked like the command-line option it stands for.
 *
 * <pre>{@code
 * library-title: Riverside patient guides
 * library-introduction: Guides from Riverside Community Health Center, to read, print or listen to.
 * organization: Riverside Community Health Center
 * size: 20
 * paper: letter
 * formats: [pdf, audio, daisy, braille]
 * rate: 145
 * }</pre>
 */
public final class SettingsReader {
    /** The file's name inside a content folder. */
    public static final String FILE_NAME = "guidekit.yaml";
    private static final int MAX_TITLE = 120;
    private static final int MAX_INTRODUCTION = 2000;

    /** The keys the file may use; add one here and in {@link Settings} to add a setting. */
    enum Key {
        LIBRARY_TITLE("library-title"), LIBRARY_INTRODUCTION("library-introduction"), ORGANIZATION("organization"),
        SIZE("size"), PAPER("paper"), FORMATS("formats"), RATE("rate"), PITCH("pitch");

        /** Every key, found by the name written in the file. */
        static final KnownKeys<Key> KNOWN = new KnownKeys<>(values(), k -> k.key);

        final String key;

        Key(String key) {
            this.key = key;
        }
    }

    private SettingsReader() {
    }

    /**
     * The settings in {@code folder}, or the defaults when it has no {@code guidekit.yaml}.
     *
     * @param formats the format names {@code formats:} may list (the build's format list, which this package
     *                does not know); any other name is an error at its line
     */
    public static Settings readFrom(Path folder, Collection<String> formats) {
        Path file = folder.resolve(FILE_NAME);
        return Files.exists(file) ? read(file, formats) : Settings.defaults();
    }

    public static Settings read(Path file, Collection<String> formats) {
        return parse(SourceText.read(file, file.toString()), file.toString(), formats);
    }

    /**
     * The settings in {@code text}, as if read from the file {@code name} (the workspace checks an edit before it
     * saves it); {@code formats} as for {@link #readFrom}.
     */
    public static Settings parse(String text, String name, Collection<String> formats) {
        Node root = FolderYaml.compose(text, name, "write one setting per line as key: value, and put text "
                + "containing a colon in quotes", "write one setting per line as key: value");
        if (root == null) {
            return Settings.defaults();
        }
        Problems problems = new Problems(name);
        if (!(root instanceof MappingNode map)) {
            problems.add(line(root), "write one setting per line as key: value, e.g. library-title: Our guides");
            problems.throwIfAny();
            return Settings.defaults();
        }
        SettingValues values = new SettingValues(problems, formats);
        Set<String> seen = new HashSet<>();
        for (NodeTuple t : map.getValue()) {
            String key = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : "";
            Optional<Key> known = Key.KNOWN.of(key);
            if (!seen.add(key)) {
                problems.add(line(t.getKeyNode()), "\"" + key + "\" is set twice; keep one");
            } else if (known.isEmpty()) {
                problems.add(line(t.getKeyNode()), "unknown setting \"" + key + "\"; " + Key.KNOWN.suggestionFor(key));
            } else if (known.get() == Key.FORMATS) {
                values.formats(t.getValueNode());
            } else if (!(t.getValueNode() instanceof ScalarNode v)) {
                problems.add(line(t.getValueNode()), key + " must be text, not a list or a group of settings; write "
                        + "it on the same line after \"" + key + ":\"");
            } else if (v.getValue().isBlank()) {
                problems.add(line(t.getValueNode()), key + " needs a value; write it after \"" + key + ":\"");
            } else {
                values.put(known.get(), v.getValue().strip().replaceAll("\\s+", " "), line(v));
            }
        }
        problems.throwIfAny();
        return values.settings();
    }

    /** The values read so far, each checked as it is put. */
    private static final class SettingValues {
        private final Problems problems;
        private final java.util.Map<Key, String> text = new java.util.EnumMap<>(Key.class);
        private Optional<Float> size = Optional.empty();
        private Optional<Float> pitch = Optional.empty();
        private OptionalInt rate = OptionalInt.empty();
        private Optional<String> paper = Optional.empty();
        private List<String> formats = List.of();
        private final Collection<String> knownFormats;

        SettingValues(Problems problems, Collection<String> knownFormats) {
            this.problems = problems;
            this.knownFormats = List.copyOf(knownFormats);
        }

        void put(Key key, String value, int line) {
            switch (key) {
                case LIBRARY_TITLE -> text(key, value, MAX_TITLE, line);
                case LIBRARY_INTRODUCTION -> text(key, value, MAX_INTRODUCTION, line);
                case ORGANIZATION -> text(key, value, MAX_TITLE, line);
                case SIZE -> size = number(key, value, 18, 48, "points (18 is the large-print minimum)", line);
                case PITCH -> pitch = number(key, value, 50, 300, "Hz", line);
                case RATE -> rate = number(key, value, 80, 300, "words per minute", line)
                        .filter(r -> {
                            if (r != Math.rint(r)) {
                                problems.add(line, "rate: " + value + " must be a whole number of words per minute");
                                return false;
                            }
                            return true;
                        }).map(r -> OptionalInt.of(r.intValue())).orElse(OptionalInt.empty());
                case PAPER -> {
                    String p = value.toLowerCase(Locale.ROOT);
                    if (p.equals("letter") || p.equals("a4")) {
                        paper = Optional.of(p);
                    } else {
                        problems.add(line, "paper: \"" + value + "\" is not a paper size; write letter or a4");
                    }
                }
                case FORMATS -> throw new IllegalStateException("formats is read as a list");
                default -> throw new IllegalStateException(key.key);
            }
        }

        private void text(Key key, String value, int max, int line) {
            if (value.length() > max) {
                problems.add(line, key.key + " is " + value.length() + " characters long; keep it under " + max);
            } else {
                text.put(key, value);
            }
        }

        private Optional<Float> number(Key key, String value, float min, float max, String unit, int line) {
            try {
                float f = Float.parseFloat(value);
                if (f >= min && f <= max) {
                    return Optional.of(f);
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            problems.add(line, key.key + ": " + value + " must be a number from " + (int) min + " to " + (int) max
                    + " " + unit);
            return Optional.empty();
        }

        /**
         * {@code formats: pdf, audio} or {@code formats: [pdf, audio]} or a list with one format per line; a name
         * that is no format is an error at its own line, so the build and the workspace refuse it alike.
         */
        void formats(Node node) {
            Map<String, Integer> names = new LinkedHashMap<>(); // name -> its line, in file order
            if (node instanceof ScalarNode s) {
                Arrays.stream(s.getValue().split(",")).map(String::strip).filter(n -> !n.isEmpty())
                        .forEach(n -> names.putIfAbsent(n, line(s)));
            } else if (node instanceof SequenceNode seq) {
                for (Node item : seq.getValue()) {
                    names.putIfAbsent(item instanceof ScalarNode s ? s.getValue().strip() : "", line(item));
                }
            }
            if (names.isEmpty() || names.keySet().stream().anyMatch(n -> !n.matches("[a-z0-9]+"))) {
                problems.add(line(node), "formats must list format names such as pdf, audio, daisy, braille; "
                        + "write e.g. formats: pdf, audio");
                return;
            }
            boolean known = true;
            for (Map.Entry<String, Integer> n : names.entrySet()) {
                if (!knownFormats.contains(n.getKey())) {
                    problems.add(n.getValue(), "formats: unknown format \"" + n.getKey() + "\"; choose from "
                            + String.join(", ", knownFormats));
                    known = false;
                }
            }
            if (known) {
                formats = List.copyOf(names.keySet());
            }
        }

        Settings settings() {
            Settings d = Settings.defaults();
            return new Settings(text.getOrDefault(Key.LIBRARY_TITLE, d.libraryTitle()),
                    text.getOrDefault(Key.LIBRARY_INTRODUCTION, d.libraryIntroduction()),
                    Optional.ofNullable(text.get(Key.ORGANIZATION)), size, paper, formats, rate, pitch);
        }
    }
}
