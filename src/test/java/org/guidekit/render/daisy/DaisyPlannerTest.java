package org.guidekit.render.daisy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.guidekit.model.Guide;
import org.guidekit.read.MarkdownGuideReader;
import org.junit.jupiter.api.Test;

/** The plan of a book whose section has a warning between two paragraphs, without speech. */
class DaisyPlannerTest {
    private static DaisyChapter chapter(String id, String title, int level, String audio, int clips,
                                        DaisyChapter.Kind kind) {
        List<DaisyClip> timed = new java.util.ArrayList<>();
        for (int i = 0; i < clips; i++) {
            timed.add(new DaisyClip(id + "-" + i, i * 1000L, (i + 1) * 1000L));
        }
        return new DaisyChapter(id, title, level, audio, clips * 1000L, timed, kind);
    }

    @Test
    void aSectionsFileHoldsItsWarningAndTheTextAfterItAndTheWarningHeadingLinksIntoIt() {
        Guide guide = MarkdownGuideReader.read(WarningInsideSectionTest.GUIDE);
        DaisyBook book = DaisyPlanner.plan(guide, List.of(
                chapter("opening", "Caring for a Minor Burn", 1, "01.mp3", 2, DaisyChapter.Kind.SECTION),
                chapter("cool", "Cool the burn", 1, "02.mp3", 2, DaisyChapter.Kind.SECTION),
                chapter("cool-c1", "Warning: Emergency", 2, "03.mp3", 2, DaisyChapter.Kind.CALLOUT),
                chapter("cool-continued-2", "Cool the burn (continued)", 1, "04.mp3", 3,
                        DaisyChapter.Kind.CONTINUATION),
                chapter("cover", "Cover the burn", 1, "05.mp3", 2, DaisyChapter.Kind.SECTION)), "test", "test");
        List<DaisyBook.SmilFile> files = book.smilFiles();
        assertEquals(List.of("s001.smil", "s002.smil", "s003.smil"),
                files.stream().map(DaisyBook.SmilFile::name).toList());
        DaisyBook.SmilFile cool = files.get(1);
        assertEquals(List.of(new DaisyBook.Heading(1, "h-cool", "Cool the burn", 0),
                new DaisyBook.Heading(2, "h-cool-c1", "Warning: Emergency", 2)), cool.headings());
        assertEquals(List.of("02.mp3", "02.mp3", "03.mp3", "03.mp3", "04.mp3", "04.mp3", "04.mp3"),
                cool.pars().stream().map(DaisyBook.Par::audio).toList(), "the text after the warning is the section's");
        assertEquals(7000, cool.durationMs());
        assertEquals(2000 + 7000, files.get(2).elapsedMs());
        assertEquals(List.of("h-title", "h-cover"), List.of(files.get(0).headings().get(0).id(),
                files.get(2).headings().get(0).id()));
    }
}
