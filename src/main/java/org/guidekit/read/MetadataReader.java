package org.guidekit.read;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import org.guidekit.model.Metadata;
import org.guidekit.model.Voice;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads front matter into {@link Metadata}. YAML is only <em>composed</em> into nodes, never constructed into
 * objects, so no type can be instantiated from the file; aliases to collections are refused and size and depth
 * are bounded, so alias bombs and huge documents fail fast with a clear message.
 */
final class MetadataReader {
    private final FrontMatter frontMatter;
    private final Problems problems;
    private final Map<FrontMatterKey, Node> values = new LinkedHashMap<>();

    private MetadataReader(FrontMatter frontMatter, Problems problems) {
        this.frontMatter = frontMatter;
        this.problems = problems;
    }

    /** The metadata, or empty when problems were recorded. */
    static Optional<Metadata> read(FrontMatter frontMatter, Problems problems) {
        return new MetadataReader(frontMatter, problems).read();
    }

    private Optional<Metadata> read() {
        Node root = compose();
        if (!problems.isEmpty()) {
            return Optional.empty();
        }
        if (root == null) {
            problems.add(1, "the front matter is empty; add title: Your title between the --- lines");
            return Optional.empty();
        }
        if (!(root instanceof MappingNode map)) {
            problems.add(line(root), "the front matter must be lines of key: value, such as title: Your title");
            return Optional.empty();
        }
        collectKeys(map);
        Optional<String> title = text(FrontMatterKey.TITLE);
        if (title.isEmpty() && !values.containsKey(FrontMatterKey.TITLE)) {
            problems.add(1, "the front matter has no title; add a line title: Your title");
        }
        Optional<String> subtitle = text(FrontMatterKey.SUBTITLE);
        String language = language();
        Optional<String> organization = text(FrontMatterKey.ORGANIZATION);
        Optional<LocalDate> reviewed = reviewed();
        Map<String, String> pronunciations = pronunciations();
        OptionalInt grade = targetGrade();
        List<String> allowed = allowedLinks();
        boolean captions = pictureCaptions();
        Optional<String> summary = text(FrontMatterKey.SUMMARY);
        Optional<String> reviewedBy = text(FrontMatterKey.REVIEWED_BY);
        boolean changed = text(FrontMatterKey.REVIEWED_VERSION)
                .map(v -> !v.strip().equals(GuideReview.version(frontMatter))).orElse(false);
        boolean draft = yesNo(FrontMatterKey.DRAFT, "build it for preview only, left out of the library page");
        Optional<Voice> voice = voice();
        if (title.isEmpty() || !problems.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Integer> lines = new LinkedHashMap<>();
        values.forEach((key, node) -> lines.put(key.key, line(node)));
        return Optional.of(new Metadata(title.get(), subtitle, language, organization, reviewed, pronunciations,
                grade, allowed, captions, summary, lines, reviewedBy, changed, draft, voice));
    }

    private Node compose() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(0);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(10);
        options.setCodePointLimit(FrontMatter.MAX_CHARS);
        options.setAllowDuplicateKeys(true); // we report duplicates ourselves, with their line
        try {
            return new Yaml(options).compose(new YamlText(frontMatter.yaml()));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int line = mark == null ? 1 : mark.getLine() + 2;
            problems.add(line, "the front matter is not valid YAML (" + e.getProblem()
                    + "); write each setting as key: value, and put text containing a colon in quotes");
        } catch (YAMLException e) {
            String msg = String.valueOf(e.getMessage());
            if (msg.contains("aliases")) {
                problems.add(1, "the front matter uses YAML aliases (* and &) for lists or maps; write the values "
                        + "out in full");
            } else {
                problems.add(1, "the front matter cannot be read (" + msg + "); keep it to simple key: value lines");
            }
        }
        return null;
    }

    private void collectKeys(MappingNode map) {
        Set<String> seen = new HashSet<>();
        for (NodeTuple t : map.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode keyNode)) {
                problems.add(line(t.getKeyNode()), "a front-matter key must be a plain word such as title");
                continue;
            }
            String key = keyNode.getValue();
            if (!seen.add(key)) {
                problems.add(line(keyNode), "\"" + key + "\" is set twice in the front matter; keep one");
                continue;
            }
            Optional<FrontMatterKey> known = FrontMatterKey.KNOWN.of(key);
            if (known.isEmpty()) {
                problems.add(line(keyNode), "unknown front-matter key \"" + key + "\"; "
                        + FrontMatterKey.KNOWN.suggestionFor(key));
            } else {
                values.put(known.get(), t.getValueNode());
            }
        }
    }

    /** {@code voice: espeak-ng:es-419}; an unknown voice is a problem at its line, with the nearest value. */
    private Optional<Voice> voice() {
        Optional<String> value = text(FrontMatterKey.VOICE);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Voice.parse(value.get()));
        } catch (IllegalArgumentException e) {
            problems.add(line(values.get(FrontMatterKey.VOICE)), e.getMessage());
            return Optional.empty();
        }
    }

    private Optional<String> text(FrontMatterKey key) {
        Node node = values.get(key);
        if (node == null) {
            return Optional.empty();
        }
        if (!(node instanceof ScalarNode scalar)) {
            problems.add(line(node), key.key + " must be a single line of text; write it after \"" + key.key
                    + ":\" without brackets or a list");
            return Optional.empty();
        }
        String value = ControlCharacters.canonical(scalar.getValue()).strip();
        int control = ControlCharacters.first(value, true);
        if (control >= 0) {
            problems.add(line(node), key.key + " holds an " + ControlCharacters.describe(control)
                    + ", which YAML escapes such as \"\\e\" or \"\\u200B\" make; delete it");
            return Optional.empty();
        }
        if (value.isEmpty()) {
            problems.add(line(node), key.key + " is empty; write a value after \"" + key.key + ":\" or remove the line");
            return Optional.empty();
        }
        boolean spoken = key == FrontMatterKey.TITLE || key == FrontMatterKey.SUBTITLE
                || key == FrontMatterKey.ORGANIZATION;
        if (spoken && !Speakable.hasWords(value)) {
            problems.add(line(node), key.key + " \"" + InlineConverter.shorten(value) + "\" has no words to say: a "
                    + "listener would hear nothing; write it in words");
            return Optional.empty();
        }
        return Optional.of(value.replaceAll("\\s+", " "));
    }

    private String language() {
        Optional<String> tag = text(FrontMatterKey.LANGUAGE);
        if (tag.isEmpty()) {
            return Metadata.DEFAULT_LANGUAGE;
        }
        Locale locale = Locale.forLanguageTag(tag.get());
        String normal = locale.toLanguageTag();
        boolean known = java.util.Arrays.asList(Locale.getISOLanguages()).contains(locale.getLanguage());
        if (!known || !normal.equalsIgnoreCase(tag.get())) {
            problems.add(line(values.get(FrontMatterKey.LANGUAGE)), "language \"" + tag.get()
                    + "\" is not a language tag; write one such as en-US, en-GB or es-MX");
            return Metadata.DEFAULT_LANGUAGE;
        }
        return normal;
    }

    private Optional<LocalDate> reviewed() {
        Optional<String> value = text(FrontMatterKey.REVIEWED);
        try {
            return value.map(LocalDate::parse);
        } catch (DateTimeParseException e) {
            problems.add(line(values.get(FrontMatterKey.REVIEWED)), "reviewed \"" + value.get()
                    + "\" is not a date; write it as year-month-day, e.g. reviewed: 2026-10-01");
            return Optional.empty();
        }
    }

    /** {@code picture-captions: yes} (or true) prints each picture's description under it in the handout. */
    private boolean pictureCaptions() {
        return yesNo(FrontMatterKey.PICTURE_CAPTIONS, "print picture descriptions");
    }

    /** A yes/no key (yes, true, on / no, false, off); anything else is a problem at its line. */
    private boolean yesNo(FrontMatterKey key, String whatYesDoes) {
        Optional<String> value = text(key);
        if (value.isEmpty()) {
            return false;
        }
        switch (value.get().strip().toLowerCase(java.util.Locale.ROOT)) {
            case "yes", "true", "on":
                return true;
            case "no", "false", "off":
                return false;
            default:
                problems.add(line(values.get(key)), key.key + " \"" + value.get() + "\" is not yes or no; write "
                        + key.key + ": yes to " + whatYesDoes);
                return false;
        }
    }

    private OptionalInt targetGrade() {
        Optional<String> value = text(FrontMatterKey.TARGET_GRADE);
        if (value.isEmpty()) {
            return OptionalInt.empty();
        }
        try {
            int grade = Integer.parseInt(value.get());
            if (grade >= 1 && grade <= 18) {
                return OptionalInt.of(grade);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(line(values.get(FrontMatterKey.TARGET_GRADE)), "target-grade \"" + value.get()
                + "\" is not a school grade; write a whole number from 1 to 18, e.g. target-grade: 8");
        return OptionalInt.empty();
    }

    private Map<String, String> pronunciations() {
        Node node = values.get(FrontMatterKey.PRONUNCIATIONS);
        if (node == null) {
            return Map.of();
        }
        if (!(node instanceof MappingNode map)) {
            problems.add(line(node), "pronunciations must be a list of word: respelling lines indented under it, "
                    + "e.g.   baclofen: BACK-low-fen");
            return Map.of();
        }
        return PronunciationListReader.entries(map, problems, 2);
    }

    private List<String> allowedLinks() {
        Node node = values.get(FrontMatterKey.ALLOWED_LINKS);
        List<String> hosts = new ArrayList<>();
        if (node == null) {
            return hosts;
        }
        if (!(node instanceof SequenceNode seq)) {
            problems.add(line(node), "allowed-links must be a list of web site names, e.g. allowed-links: [medlineplus.gov]");
            return hosts;
        }
        for (Node item : seq.getValue()) {
            if (!(item instanceof ScalarNode s)) {
                problems.add(line(item), "each allowed link must be a web site name such as medlineplus.gov");
                continue;
            }
            Optional<String> problem = SiteName.problem(s.getValue());
            if (problem.isPresent()) {
                problems.add(line(item), "allowed-links: " + problem.get());
            } else {
                hosts.add(SiteName.of(s.getValue()).orElseThrow());
            }
        }
        return hosts;
    }

    /** The file line of a YAML node: the front matter starts on file line 2. */
    private int line(Node node) {
        return node == null ? 1 : node.getStartMark().getLine() + 2;
    }
}
