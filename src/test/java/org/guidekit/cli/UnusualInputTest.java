package org.guidekit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;

import org.guidekit.error.ExitCode;
import org.guidekit.model.Guide;
import org.guidekit.model.Inlines;
import org.guidekit.model.Paragraph;
import org.guidekit.read.MarkdownGuideReader;
import org.guidekit.testing.CpuBound;
import org.guidekit.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Input that is odd but legitimate is accepted without a crash. The timeouts only catch hangs (a generous bound,
 * not a speed target: speed lives in bench/).
 */
class UnusualInputTest {
    private static final Duration NO_HANG = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    @Test
    void emojiAreReadButCheckSaysTheHandoutCannotPrintThem() {
        Path file = Fixtures.guide(dir, "emoji.md", "## Step 1 \uD83D\uDD25 Heat\n\nUse a warm pad \u2705.\n");
        MarkdownGuideReader.read(file);
        CliRun run = CliRun.of("check", file.toString());
        assertEquals(ExitCode.INVALID_CONTENT, run.code(), run.toString());
        assertTrue(run.out().contains(file + ":4: error [render] the font has no glyph for \"\uD83D\uDD25\" (U+1F525); "
                + "ordinary fonts have no emoji: remove it or write it in words"), run.toString());
    }

    @Test
    void chineseTextIsAccepted() {
        Path file = Fixtures.write(dir, "zh.md", "---\ntitle: \u80cc\u90e8\u808c\u8089\u75c9\u631b\nlanguage: zh-CN\n"
                + "---\n\u70ed\u6577\u53ef\u4ee5\u7f13\u89e3\u75bc\u75db\u3002\n");
        Guide guide = MarkdownGuideReader.read(file);
        assertEquals("zh-CN", guide.metadata().language());
    }

    @Test
    void twoMegabyteParagraphIsReadWithinSeconds() {
        String words = "Rest your back and walk a little every day. ".repeat(2 * 1024 * 1024 / 44);
        Path file = Fixtures.guide(dir, "long.md", words + "\n");
        Guide guide = CpuBound.call(NO_HANG, () -> MarkdownGuideReader.read(file));
        Paragraph p = (Paragraph) guide.intro().get(0);
        assertEquals(words.strip(), Inlines.plainText(p.content()).strip());
    }
}
