package org.guidekit.read;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

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
        return Files.exists(file) ? read(file) : Map.of(); // a FIFO or folder of that name is refused, not skipped
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
        result.putAll(FolderYaml.pairs(map, problems, 1, true, "entry", HOW));
        problems.throwIfAny();
        return result;
    }
}
