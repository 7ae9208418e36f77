package org.guidekit.read;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads the clinic's additions to the plain-words check, {@code content/plain-words.yaml}: lines of
 * {@code term: everyday alternative} (e.g. {@code dyspnea: shortness of breath}); {@code term: ""} switches a bundled
 * term off. Read like {@code pronunciations.yaml}: bad YAML or a line that is not one term and its alternative is a
 * content error naming the file and line.
 */
public final class PlainWordsReader {
    /** The file's name inside a content folder. */
    public static final String FILE_NAME = "plain-words.yaml";
    private static final String HOW = "write one term: everyday alternative per line, e.g. dyspnea: shortness of breath";

    private PlainWordsReader() {
    }

    /** The list in {@code folder}, or an empty map when the folder has none. */
    public static Map<String, String> readFrom(Path folder) {
        Path file = folder.resolve(FILE_NAME);
        return Files.isRegularFile(file) ? read(file) : Map.of();
    }

    public static Map<String, String> read(Path file) {
        String name = file.toString();
        String text = SourceText.read(file, name);
        Problems problems = new Problems(name);
        Map<String, String> result = new LinkedHashMap<>();
        Node root = FolderYaml.compose(text, name, HOW, HOW);
        if (root == null) {
            return result;
        }
        if (!(root instanceof MappingNode map)) {
            problems.add(FolderYaml.line(root), HOW);
            problems.throwIfAny();
            return result;
        }
        for (NodeTuple t : map.getValue()) {
            int line = FolderYaml.line(t.getKeyNode());
            if (t.getKeyNode() instanceof ScalarNode k && t.getValueNode() instanceof ScalarNode v
                    && !k.getValue().isBlank()) {
                int control = Math.max(ControlCharacters.first(k.getValue(), false),
                        ControlCharacters.first(v.getValue(), false));
                if (control >= 0) {
                    problems.add(line, "this entry holds an invisible control character ("
                            + ControlCharacters.name(control) + "), which YAML escapes such as \"\\e\" make; delete it");
                } else {
                    result.put(k.getValue().strip(), v.getValue().strip());
                }
            } else {
                problems.add(line, HOW);
            }
        }
        problems.throwIfAny();
        return result;
    }
}
