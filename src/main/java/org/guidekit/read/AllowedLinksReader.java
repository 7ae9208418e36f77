package org.guidekit.read;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import org.guidekit.error.ContentException;
import org.guidekit.error.Problem;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
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
        return Files.isRegularFile(file) ? read(file) : Set.of();
    }

    public static Set<String> read(Path file) {
        String name = file.toString();
        Node root = compose(SourceText.read(file, name), name);
        Set<String> hosts = new LinkedHashSet<>();
        if (root == null) {
            return hosts;
        }
        Problems problems = new Problems(name);
        if (!(root instanceof SequenceNode seq)) {
            problems.add(root.getStartMark().getLine() + 1, "write one web site per line as a list, "
                    + "e.g. - medlineplus.gov");
            problems.throwIfAny();
            return hosts;
        }
        for (Node item : seq.getValue()) {
            String value = item instanceof ScalarNode s ? s.getValue() : "";
            Optional<String> problem = SiteName.problem(value);
            if (problem.isPresent()) {
                problems.add(item.getStartMark().getLine() + 1, problem.get());
            } else {
                hosts.add(SiteName.of(value).orElseThrow());
            }
        }
        problems.throwIfAny();
        return hosts;
    }

    private static Node compose(String text, String name) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(0);
        options.setNestingDepthLimit(5);
        options.setCodePointLimit((int) SourceText.MAX_BYTES);
        try {
            return new Yaml(options).compose(new YamlText(text));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 1;
            throw new ContentException(new Problem(name, line, "not valid YAML (" + e.getProblem()
                    + "); write one web site per line, e.g. - medlineplus.gov"));
        } catch (YAMLException e) {
            throw new ContentException(new Problem(name, 1, "cannot be read (" + e.getMessage()
                    + "); write one web site per line, e.g. - medlineplus.gov"));
        }
    }
}
