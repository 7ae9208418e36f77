package org.guidekit.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A sample guide cut into the pieces {@link LibraryGenerator} recombines: front matter lines, intro blocks and
 * {@code ##} sections, each a list of Markdown blocks (runs of non-blank lines: a paragraph, a whole list, a
 * callout, a table, a figure). Plain text surgery on purpose: the generator must produce Markdown files.
 *
 * @param frontMatter the lines between the {@code ---} fences, title line included
 * @param intro       blocks before the first section
 * @param sections    the {@code ##} sections in file order
 */
record SampleGuide(List<String> frontMatter, List<String> intro, List<Section> sections) {
    /** @param heading the text after {@code ## } */
    record Section(String heading, List<String> blocks) {
    }

    static SampleGuide parse(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        int close = lines.subList(1, lines.size()).indexOf("---") + 1;
        List<String> front = lines.subList(1, close);
        List<String> intro = null;
        List<Section> sections = new ArrayList<>();
        String heading = null;
        List<String> chunk = new ArrayList<>();
        for (String line : lines.subList(close + 1, lines.size())) {
            if (line.startsWith("## ")) {
                if (heading == null) {
                    intro = blocks(chunk);
                } else {
                    sections.add(new Section(heading, blocks(chunk)));
                }
                heading = line.substring(3).trim();
                chunk = new ArrayList<>();
            } else {
                chunk.add(line);
            }
        }
        sections.add(new Section(heading, blocks(chunk)));
        return new SampleGuide(List.copyOf(front), intro, List.copyOf(sections));
    }

    /** The front matter with {@code title} instead of the sample's, fences included. */
    String frontMatter(String title) {
        StringBuilder b = new StringBuilder("---\n");
        for (String line : frontMatter) {
            b.append(line.startsWith("title:") ? "title: \"" + title + "\"" : line).append('\n');
        }
        return b.append("---\n").toString();
    }

    private static List<String> blocks(List<String> lines) {
        List<String> blocks = new ArrayList<>();
        StringBuilder block = new StringBuilder();
        for (String line : lines) {
            if (line.isBlank()) {
                flush(block, blocks);
            } else {
                block.append(block.isEmpty() ? "" : "\n").append(line);
            }
        }
        flush(block, blocks);
        return List.copyOf(blocks);
    }

    private static void flush(StringBuilder block, List<String> blocks) {
        if (!block.isEmpty()) {
            blocks.add(block.toString());
            block.setLength(0);
        }
    }
}
