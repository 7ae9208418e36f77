package org.guidekit.read;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.guidekit.error.ContentException;
import org.guidekit.error.Problem;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads the clinic's settings, {@code content/guidekit.yaml}: lines of {@code key: value}. YAML is only composed,
 * never constructed into objects; an unknown key is an error that suggests the key meant, with file and line.
 *
 * <pre>{@code
 * library-title: Riverside patient guides
 * library-introduction: Guides from Riverside Community Health Center, to read, print or listen to.
 * }</pre>
 */
public final class SettingsReader {
    /** The file's name inside a content folder. */
    public static final String FILE_NAME = "guidekit.yaml";
    private static final int MAX_TITLE = 120;
    private static final int MAX_INTRODUCTION = 2000;

    /** The keys the file may use; add one here and in {@link Settings} to add a setting. */
    enum Key {
        LIBRARY_TITLE("library-title"), LIBRARY_INTRODUCTION("library-introduction");

        final String key;

        Key(String key) {
            this.key = key;
        }

        static Optional<Key> of(String key) {
            return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
        }

        static String suggestionFor(String unknown) {
            String lower = unknown.toLowerCase(java.util.Locale.ROOT);
            Key best = Arrays.stream(values())
                    .min(Comparator.comparingInt(k -> FrontMatterKey.distance(lower, k.key))).orElseThrow();
            if (FrontMatterKey.distance(lower, best.key) <= Math.max(2, best.key.length() / 3)) {
                return "did you mean \"" + best.key + "\"?";
            }
            return "valid keys are " + Arrays.stream(values()).map(k -> k.key).collect(Collectors.joining(", "));
        }
    }

    private SettingsReader() {
    }

    /** The settings in {@code folder}, or the defaults when it has no {@code guidekit.yaml}. */
    public static Settings readFrom(Path folder) {
        Path file = folder.resolve(FILE_NAME);
        return Files.isRegularFile(file) ? read(file) : Settings.defaults();
    }

    public static Settings read(Path file) {
        String name = file.toString();
        Node root = compose(SourceText.read(file, name), name);
        if (root == null) {
            return Settings.defaults();
        }
        Problems problems = new Problems(name);
        if (!(root instanceof MappingNode map)) {
            problems.add(line(root), "write one setting per line as key: value, e.g. library-title: Our guides");
            problems.throwIfAny();
            return Settings.defaults();
        }
        Map<Key, String> values = new EnumMap<>(Key.class);
        Set<String> seen = new HashSet<>();
        for (NodeTuple t : map.getValue()) {
            String key = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : "";
            Optional<Key> known = Key.of(key);
            if (!seen.add(key)) {
                problems.add(line(t.getKeyNode()), "\"" + key + "\" is set twice; keep one");
            } else if (known.isEmpty()) {
                problems.add(line(t.getKeyNode()), "unknown setting \"" + key + "\"; " + Key.suggestionFor(key));
            } else if (!(t.getValueNode() instanceof ScalarNode v) || v.getValue().isBlank()) {
                problems.add(line(t.getValueNode()), key + " must be text; write it after \"" + key + ":\"");
            } else {
                values.put(known.get(), v.getValue().strip().replaceAll("\\s+", " "));
            }
        }
        check(problems, values, Key.LIBRARY_TITLE, MAX_TITLE, map);
        check(problems, values, Key.LIBRARY_INTRODUCTION, MAX_INTRODUCTION, map);
        problems.throwIfAny();
        Settings d = Settings.defaults();
        return new Settings(values.getOrDefault(Key.LIBRARY_TITLE, d.libraryTitle()),
                values.getOrDefault(Key.LIBRARY_INTRODUCTION, d.libraryIntroduction()));
    }

    private static void check(Problems problems, Map<Key, String> values, Key key, int max, MappingNode map) {
        String v = values.get(key);
        if (v != null && v.length() > max) {
            int line = map.getValue().stream().filter(t -> t.getKeyNode() instanceof ScalarNode s
                    && s.getValue().equals(key.key)).findFirst().map(t -> line(t.getKeyNode())).orElse(1);
            problems.add(line, key.key + " is " + v.length() + " characters long; keep it under " + max);
        }
    }

    private static int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }

    private static Node compose(String text, String name) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(0);
        options.setNestingDepthLimit(5);
        options.setAllowDuplicateKeys(true); // reported with their line above
        options.setCodePointLimit((int) SourceText.MAX_BYTES);
        try {
            return new Yaml(options).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 1;
            throw new ContentException(new Problem(name, line, "not valid YAML (" + e.getProblem()
                    + "); write one setting per line as key: value, and put text containing a colon in quotes"));
        } catch (YAMLException e) {
            throw new ContentException(new Problem(name, 1, "cannot be read (" + e.getMessage()
                    + "); write one setting per line as key: value"));
        }
    }
}
