package org.guidekit.read;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads the clinic-wide pronunciation list, {@code content/pronunciations.yaml}: lines of
 * {@code word: respelling} (e.g. {@code baclofen: BACK-low-fen}) or {@code word: "b ae1 k l ow f eh n"}.
 */
public final class PronunciationListReader {
    /** The file's name inside a content folder. */
    public static final String FILE_NAME = "pronunciations.yaml";

    private PronunciationListReader() {
    }

    /** The list in {@code folder}, or an empty map when the folder has none. */
    public static Map<String, String> readFrom(Path folder) {
        Path file = folder.resolve(FILE_NAME);
        return Files.exists(file) ? read(file) : Map.of();
    }

    public static Map<String, String> read(Path file) {
        String name = file.toString();
        String text = SourceText.read(file, name);
        Problems problems = new Problems(name);
        Map<String, String> result = new LinkedHashMap<>();
        String howToWrite = "write one word: respelling per line";
        Node root = FolderYaml.compose(text, name, howToWrite, howToWrite);
        if (root == null) {
            return result;
        }
        if (!(root instanceof MappingNode map)) {
            problems.add(FolderYaml.line(root), "write one word: respelling per line, "
                    + "e.g. baclofen: BACK-low-fen");
            problems.throwIfAny();
            return result;
        }
        result.putAll(entries(map, problems, 1));
        problems.throwIfAny();
        return result;
    }

    /**
     * The {@code word: respelling} lines of a YAML mapping, here and under a guide's {@code pronunciations:} key.
     *
     * @param firstLine file line of the YAML text's first line
     */
    static Map<String, String> entries(MappingNode map, Problems problems, int firstLine) {
        return FolderYaml.pairs(map, problems, firstLine, false, "pronunciation", "each pronunciation must be one "
                + "word: respelling, e.g. baclofen: BACK-low-fen");
    }
}
