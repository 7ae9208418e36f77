/**
 * Readers: files → the content model. The only package that sees commonmark-java and SnakeYAML types.
 *
 * <p>{@link org.guidekit.read.MarkdownGuideReader} reads one guide: {@link org.guidekit.read.SourceText} checks the
 * bytes (empty, binary, not UTF-8), {@link org.guidekit.read.FrontMatter} reads the YAML header safely,
 * {@link org.guidekit.read.BlockConverter} and {@link org.guidekit.read.InlineConverter} turn the Markdown tree into
 * model records and {@link org.guidekit.read.SectionBuilder} nests them under headings. Every problem found becomes a
 * {@link org.guidekit.error.Problem} with file and line; all of them are reported together. The content folder's
 * shared files have small readers of their own: {@link org.guidekit.read.AllowedLinksReader},
 * {@link org.guidekit.read.PronunciationListReader} and {@link org.guidekit.read.SettingsReader}
 * ({@code guidekit.yaml} → {@link org.guidekit.read.Settings}), which compose their YAML through
 * {@link org.guidekit.read.FolderYaml}.
 */
package org.guidekit.read;
