package org.guidekit.read;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads the clinic's list of approved web sites, {@code content/allowed-links.yaml}: a YAML list of host names
 * ({@code - medlineplus.gov}). Guides in the folder may link to these sites and their subdomains.
 */
public final class AllowedLinksReader {
    /** The file's name inside a content folder. */
    public static final String FILE_NAME = "allowed-links.yaml";

    private AllowedLinksReader() {
    }

    /** The list in {@code folder}, or an empty set when the folder has none. */
    public static Set<String> readFrom(Path folder) {
        Path file = folder.resolve(FILE_NAME);
        return Files.exists(file) ? read(file) : Set.of();
    }

    public static Set<String> read(Path file) {
        String name = file.toString();
        String howToWrite = "write one web site per line, e.g. - medlineplus.gov";
        Node root = FolderYaml.compose(SourceText.read(file, name), name, howToWrite, howToWrite);
        Set<String> hosts = new LinkedHashSet<>();
        if (root == null) {
            return hosts;
        }
        Problems problems = new Problems(name);
        if (!(root instanceof SequenceNode seq)) {
            problems.add(FolderYaml.line(root), "write one web site per line as a list, "
                    + "e.g. - medlineplus.gov");
            problems.throwIfAny();
            return hosts;
        }
        for (Node item : seq.getValue()) {
            String value = item instanceof ScalarNode s ? s.getValue() : "";
            Optional<String> problem = SiteName.problem(value);
            if (problem.isPresent()) {
                problems.add(FolderYaml.line(item), problem.get());
            } else {
                hosts.add(SiteName.of(value).orElseThrow());
            }
        }
        problems.throwIfAny();
        return hosts;
    }
}
