package org.guidekit.read;

import org.guidekit.error.ContentException;
import org.guidekit.error.Problem;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * The content folder's own YAML files ({@code guidekit.yaml}, {@code allowed-links.yaml},
 * {@code pronunciations.yaml}), composed into nodes and never constructed into objects, with no aliases and little
 * nesting. YAML that cannot be read is a content error naming the file and line, and saying how the file is written.
 */
final class FolderYaml {
    private FolderYaml() {
    }

    /**
     * The root node of {@code text}, or null when it is empty.
     *
     * @param file       the file's name, for messages
     * @param invalid    what to do when the text is not valid YAML
     * @param unreadable what to do when SnakeYAML refuses it otherwise (a limit)
     */
    static Node compose(String text, String file, String invalid, String unreadable) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(0);
        options.setNestingDepthLimit(5);
        options.setCodePointLimit((int) SourceText.MAX_BYTES);
        try {
            return new Yaml(options).compose(new YamlText(text));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 1;
            throw new ContentException(new Problem(file, line, "not valid YAML (" + e.getProblem() + "); "
                    + invalid));
        } catch (YAMLException e) {
            throw new ContentException(new Problem(file, 1, "cannot be read (" + e.getMessage() + "); "
                    + unreadable));
        }
    }

    /** The 1-based file line where {@code node} starts. */
    static int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }

    /**
     * The {@code key: value} lines of a YAML mapping of plain strings (a pronunciation or plain-words list), keys
     * and values stripped, in the file's order. A line that is not one such pair, or that holds an invisible
     * control character (which YAML escapes such as {@code "\\e"} make), is a problem at its line.
     *
     * @param firstLine    file line of the YAML text's first line
     * @param blankValues  whether a value may be empty (a plain word switched off)
     * @param entry        what one line is called in a message ("pronunciation", "entry")
     * @param howToWrite   what to write instead of a line that is not a pair
     */
    static java.util.Map<String, String> pairs(org.yaml.snakeyaml.nodes.MappingNode map, Problems problems,
                                               int firstLine, boolean blankValues, String entry, String howToWrite) {
        java.util.Map<String, String> result = new java.util.LinkedHashMap<>();
        for (org.yaml.snakeyaml.nodes.NodeTuple t : map.getValue()) {
            int line = t.getKeyNode().getStartMark().getLine() + firstLine;
            if (t.getKeyNode() instanceof org.yaml.snakeyaml.nodes.ScalarNode k
                    && t.getValueNode() instanceof org.yaml.snakeyaml.nodes.ScalarNode v
                    && !k.getValue().isBlank() && (blankValues || !v.getValue().isBlank())) {
                int control = Math.max(ControlCharacters.first(k.getValue(), false),
                        ControlCharacters.first(v.getValue(), false));
                if (control >= 0) {
                    problems.add(line, "this " + entry + " holds an invisible control character ("
                            + ControlCharacters.name(control) + "), which YAML escapes such as \"\\e\" make; delete it");
                } else {
                    result.put(k.getValue().strip(), v.getValue().strip());
                }
            } else {
                problems.add(line, howToWrite);
            }
        }
        return result;
    }
}
