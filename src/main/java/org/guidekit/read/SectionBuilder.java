package org.guidekit.read;

import java.util.ArrayList;
import java.util.List;

import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.guidekit.model.Block;
import org.guidekit.model.Inline;
import org.guidekit.model.Inlines;
import org.guidekit.model.Section;

/**
 * Walks the top-level Markdown blocks in order and nests them under {@code ##} and {@code ###} headings.
 * A leading {@code # Title} that repeats the front-matter title is dropped; other level-1 headings, levels deeper
 * than 3 and skipped levels are problems.
 */
final class SectionBuilder {
    private final Problems problems;
    private final Lines lines;
    private final BlockConverter blocks;
    private final String title;
    /**
     * Far more than any patient guide (the 50,000-word benchmark guide has about 200); thousands of sections are a
     * pasted page or an attack, and make the PDF outline and the DAISY navigation unusable.
     */
    static final int MAX_SECTIONS = 1000;
    private final Ids ids = new Ids();
    private int count;
    private final List<Block> intro = new ArrayList<>();
    private final List<Section> sections = new ArrayList<>();
    private Open h2;
    private Open h3;
    private Ids.Scope scope = new Ids.Scope("intro");
    private boolean seenContent;

    SectionBuilder(Problems problems, Lines lines, BlockConverter blocks, String title) {
        this.problems = problems;
        this.lines = lines;
        this.blocks = blocks;
        this.title = title;
    }

    List<Block> intro() {
        return intro;
    }

    List<Section> sections() {
        closeH2();
        return sections;
    }

    void add(Node node) {
        if (node instanceof Heading heading) {
            heading(heading);
        } else {
            Block block = blocks.block(node, scope);
            if (block != null) {
                current().add(block);
            }
        }
        seenContent = true;
    }

    private List<Block> current() {
        return h3 != null ? h3.blocks : h2 != null ? h2.blocks : intro;
    }

    private void heading(Heading heading) {
        int line = lines.of(heading);
        List<Inline> text = blocks.inlines().children(heading);
        String plain = Inlines.plainText(text).strip();
        int level = heading.getLevel();
        if (plain.isEmpty()) {
            problems.add(line, "this heading is empty; write its text after the #'s or remove the line");
        } else if (!Speakable.hasWords(plain)) {
            problems.add(line, "heading \"" + InlineConverter.shorten(plain) + "\" has no words to say: a listener "
                    + "would hear nothing; write in words what the section is about");
        } else if (level >= 2 && level <= 3 && ++count > MAX_SECTIONS) {
            if (count == MAX_SECTIONS + 1) {
                problems.add(line, "the guide has more than " + MAX_SECTIONS + " sections; split it into several "
                        + "guides");
            }
        } else if (level == 1) {
            titleHeading(plain, line);
        } else if (level == 2) {
            closeH2();
            h2 = open(2, text, plain, line);
        } else if (level == 3 && h2 == null) {
            problems.add(line, "heading \"" + plain + "\" (###) comes before any ## section, so a level is "
                    + "skipped; make it ## or add a ## section above it");
        } else if (level == 3) {
            closeH3();
            h3 = open(3, text, plain, line);
        } else {
            problems.add(line, "heading \"" + plain + "\" uses " + "#".repeat(level) + ", deeper than guidekit "
                    + "supports (and it skips a level); use ## for sections and ### for subsections");
        }
    }

    private void titleHeading(String plain, int line) {
        if (seenContent) {
            problems.add(line, "heading \"" + plain + "\" uses a single #, which is kept for the title; use ## for "
                    + "sections");
        } else if (!plain.equalsIgnoreCase(title)) {
            problems.add(line, "the # heading \"" + plain + "\" differs from the front-matter title \"" + title
                    + "\"; remove the # line (the title is printed from the front matter) or make them the same");
        }
    }

    private Open open(int level, List<Inline> text, String plain, int line) {
        Open o = new Open(ids.section(plain), level, text, line);
        scope = new Ids.Scope(o.id);
        return o;
    }

    private void closeH3() {
        if (h3 != null) {
            h2.subsections.add(h3.close(problems));
            h3 = null;
        }
    }

    private void closeH2() {
        closeH3();
        if (h2 != null) {
            sections.add(h2.close(problems));
            h2 = null;
        }
    }

    /** A section still being filled. */
    private static final class Open {
        final String id;
        final int level;
        final List<Inline> heading;
        final int line;
        final List<Block> blocks = new ArrayList<>();
        final List<Section> subsections = new ArrayList<>();

        Open(String id, int level, List<Inline> heading, int line) {
            this.id = id;
            this.level = level;
            this.heading = heading;
            this.line = line;
        }

        Section close(Problems problems) {
            if (blocks.isEmpty() && subsections.isEmpty()) {
                problems.add(line, "section \"" + Inlines.plainText(heading).strip() + "\" has no text under its "
                        + "heading; add some or remove the heading");
            }
            return new Section(id, level, heading, blocks, subsections, line);
        }
    }
}
