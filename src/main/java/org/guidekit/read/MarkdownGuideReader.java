package org.guidekit.read;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.guidekit.error.ContentException;
import org.guidekit.model.Guide;
import org.guidekit.model.Metadata;

/**
 * Reads a guide file (YAML front matter + CommonMark with GFM tables and callouts) into a {@link Guide}.
 *
 * <pre>{@code Guide guide = MarkdownGuideReader.read(Path.of("content/back-muscle-spasms.md"));}</pre>
 *
 * {@code read} throws {@link ContentException} listing every problem found, each with file, line and what to do;
 * {@code readAll} gives back the partial guide with the problems, for {@code check}. Thread-safe: guides may be
 * read in parallel.
 */
public final class MarkdownGuideReader {
    /** Deeper block nesting than any guide needs; refusing it bounds the parser's work on hostile input. */
    static final int MAX_NESTING = 16;
    /**
     * Emphasis, links and images nested deeper than this stay text in the parser's tree (commonmark-java 0.30 and
     * later cap it, so thousands of open marks cost bounded time and stack); the converter refuses more than 8
     * levels with a message anyway, so this only bounds the parser's work.
     */
    static final int MAX_INLINE_NESTING = 16;
    private static final Parser PARSER = Parser.builder()
            .extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .maxInlineNesting(MAX_INLINE_NESTING)
            .build();

    private MarkdownGuideReader() {
    }

    /** Reads {@code file}; messages name it as given (e.g. {@code content/back.md}). */
    public static Guide read(Path file) {
        return read(file, readSource(file));
    }

    /**
     * The exact bytes of a guide file, read once, so that what is parsed and what is fingerprinted are the same
     * bytes even if the file changes meanwhile. Too large or unreadable files are refused with the file's name.
     */
    public static byte[] readSource(Path file) {
        return SourceText.readBytes(file, file.toString());
    }

    /** Reads the guide {@code file} from {@code bytes} (its content, already read); messages name {@code file}. */
    public static Guide read(Path file, byte[] bytes) {
        ReadResult result = readAll(file, bytes);
        if (!result.problems().isEmpty()) {
            throw new ContentException(result.problems());
        }
        return result.guide().orElseThrow();
    }

    /** {@link #readAll(Path, byte[])} of the file's content. I/O failures are thrown. */
    public static ReadResult readAll(Path file) {
        try {
            return readAll(file, SourceText.readBytes(file, file.toString()));
        } catch (ContentException e) {
            return ReadResult.failed(e.problems()); // larger than the limit
        }
    }

    /** The guide as far as it can be built from {@code bytes}, and every problem found. Never throws for content. */
    public static ReadResult readAll(Path file, byte[] bytes) {
        String source = file.toString();
        FrontMatter fm;
        try {
            fm = FrontMatter.split(SourceText.fromBytes(bytes, source), source);
        } catch (ContentException e) {
            return ReadResult.failed(e.problems());
        }
        Problems problems = new Problems(source);
        Optional<Metadata> metadata = MetadataReader.read(fm, problems);
        String title = metadata.map(Metadata::title).orElse("");
        int before = problems.size();
        NestingCheck.check(fm.body(), fm.bodyLine(), MAX_NESTING, problems);
        LongWordCheck.check(fm.body(), fm.bodyLine(), problems);
        if (problems.size() > before) {
            return ReadResult.failed(problems.list()); // the parser must not see it
        }
        Node document = PARSER.parse(WriteInBlanks.escape(fm.body()));
        Lines lines = new Lines(fm.bodyLine(), fm.body());
        BlockConverter blocks = new BlockConverter(problems, lines, file.toAbsolutePath().getParent());
        SectionBuilder builder = new SectionBuilder(problems, lines, blocks, title);
        for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
            builder.add(n);
        }
        var sections = builder.sections();
        if (builder.intro().isEmpty() && sections.isEmpty() && problems.isEmpty()) {
            problems.add(fm.bodyLine(), "the guide has a title but no text; write the guide below the front matter");
        }
        // A title that could not be read is replaced by the file's name so the rest can still be checked.
        Metadata m = metadata.orElseGet(() -> Metadata.titled(name(file).isBlank() ? "guide" : name(file)));
        Guide guide = new Guide(name(file), source, Digests.sha256(bytes), m, builder.intro(), sections);
        return new ReadResult(Optional.of(guide), problems.list());
    }

    /** The guide's name: its file name without {@code .md}. */
    public static String name(Path file) {
        String n = file.getFileName().toString();
        return n.toLowerCase(java.util.Locale.ROOT).endsWith(".md") ? n.substring(0, n.length() - 3) : n;
    }
}
