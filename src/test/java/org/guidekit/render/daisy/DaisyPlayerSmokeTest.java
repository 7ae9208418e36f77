package org.guidekit.render.daisy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

import org.guidekit.model.Guide;
import org.guidekit.read.MarkdownGuideReader;
import org.guidekit.render.RenderOptions;
import org.guidekit.testing.Fixtures;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample guide's DAISY book on a real DAISY 2.02 player, Debian's {@code daisy-player}, run headless (see
 * {@link HeadlessDaisyPlayer}): it must play the first heading's audio and go on through the book. Skipped, with the
 * reason printed, where the player cannot be installed.
 */
@Order(1) // slow: starts first (junit-platform.properties)
class DaisyPlayerSmokeTest {
    private static final Pattern CLIP = Pattern.compile("clip-begin=\"npt=([0-9.]+)s\" clip-end=\"npt=([0-9.]+)s\"");
    @TempDir
    static Path out;
    static Path book;
    /** A book whose section has a warning between two paragraphs. */
    static Path burnBook;
    private static HeadlessDaisyPlayer.Playback burnPlayback;
    /** The book played once for the tests that only look at what the player did with it. */
    private static HeadlessDaisyPlayer.Playback playback;

    @BeforeAll
    static void render() {
        HeadlessDaisyPlayer.missing().ifPresent(why -> {
            System.out.println("DaisyPlayerSmokeTest skipped: " + why);
            Assumptions.abort(why);
        });
        Guide guide = MarkdownGuideReader.read(Fixtures.content("back-muscle-spasms.md"));
        new DaisyRenderer().render(guide, RenderOptions.defaults(), out.resolve("guide"));
        book = out.resolve("guide").resolve("daisy");
        new DaisyRenderer().render(MarkdownGuideReader.read(WarningInsideSectionTest.GUIDE), RenderOptions.defaults(),
                out.resolve("burn"));
        burnBook = out.resolve("burn").resolve("daisy");
    }

    /** The player run on the sample book, once per class: a run takes seconds. */
    private static synchronized HeadlessDaisyPlayer.Playback bookPlayed() throws Exception {
        if (playback == null) {
            playback = new HeadlessDaisyPlayer(Files.createTempDirectory(out, "player-")).play(book);
        }
        return playback;
    }

    @Test
    void playsTheFirstHeadingAndThenEveryClipOfTheBook() throws Exception {
        List<Path> played = bookPlayed().clips();
        List<double[]> clips = clips();
        assertEquals(clips.size(), played.size(), "one played clip per SMIL par: " + played);
        double[] first = clips.get(0);
        Sound sound = Sound.of(played.get(0));
        // The sink adds at most one ALSA period of padding to a clip.
        assertEquals(first[1] - first[0], sound.seconds(), 0.25, "the first clip of the first heading");
        assertTrue(sound.rmsDbfs() > -35, "the first clip is speech, not silence: " + sound.rmsDbfs() + " dBFS");
        double bookSeconds = clips.stream().mapToDouble(c -> c[1] - c[0]).sum();
        double playedSeconds = 0;
        for (Path p : played) {
            playedSeconds += Sound.of(p).seconds();
        }
        assertEquals(bookSeconds, playedSeconds, bookSeconds * 0.03, "the whole book is played");
    }

    /** The check can fail: the book as guidekit wrote it before (NCC links to par ids) plays nothing. */
    @Test
    void aBookWhoseNccLinksPointAtParsInsteadOfTextPlaysNothing(@TempDir Path work) throws Exception {
        Path old = Files.createDirectories(work.resolve("old-book"));
        try (Stream<Path> files = Files.list(book)) {
            for (Path f : files.toList()) {
                Files.copy(f, old.resolve(f.getFileName()));
            }
        }
        Path ncc = old.resolve("ncc.html");
        Files.writeString(ncc, Files.readString(ncc).replaceAll("\\.smil#txt(\\d+)\"", ".smil#par$1\""));
        assertEquals(List.of(), new HeadlessDaisyPlayer(work).play(old).clips());
    }

    @Test
    void theWarningsAreItemsOfTheirOwnOneLevelBelowTheirSection() throws Exception {
        String listing = bookPlayed().listing();
        String section = line(listing, "When to see a doctor");
        String warning = line(listing, "Warning: Call your doctor if you have any of these");
        String important = line(listing, "Important: Get emergency care right away");
        assertTrue(indent(warning) > indent(section) && indent(important) == indent(warning),
                "the player shows the callouts one level below their section:\n" + listing);
    }

    /**
     * A listener's first keys: the player opens at level 1, Down moves to the next item of that level, Enter plays
     * it. Down twice must reach the second section (the sections are level 1, like the title), and what plays must
     * be that section's audio: the same samples, clip for clip, as the full playback from that point.
     */
    @Test
    void downMovesByHeadingAtTheFirstLevelAndEnterPlaysThatHeadingsAudio() throws Exception {
        HeadlessDaisyPlayer.Playback all = bookPlayed();
        HeadlessDaisyPlayer.Playback fromStep1 = new HeadlessDaisyPlayer(Files.createTempDirectory(out, "keys-"))
                .play(book, List.of("Down", "Down"));
        assertTrue(fromStep1.chosen().contains("Step 1: Use cold, then heat"),
                "two presses of Down at the first level choose the second section, not \"" + fromStep1.chosen()
                        + "\":\n" + fromStep1.listing());
        assertTrue(fromStep1.listing().contains("level: 1 of"), "the player is still at level 1:\n"
                + fromStep1.listing());
        String smil = Files.readString(book.resolve("s003.smil"));
        Matcher first = Pattern.compile("<audio[^>]*src=\"([^\"]+)\"[^>]*" + CLIP.pattern()).matcher(smil);
        assertTrue(first.find(), smil);
        assertTrue(first.group(1).startsWith("03-step-1"), "the section's first clip comes from its own audio file: " + first.group(1));
        int before = parsIn("s001.smil") + parsIn("s002.smil");
        assertEquals(all.clips().size() - before, fromStep1.clips().size(), "it plays from that section to the end");
        assertArrayEquals(samples(all.clips().get(before)), samples(fromStep1.clips().get(0)),
                "the first clip played is the section's first clip (" + first.group(1) + " from "
                        + first.group(2) + " s)");
    }

    private static int parsIn(String smilFile) throws IOException {
        return parsIn(book, smilFile);
    }

    private static int parsIn(Path book, String smilFile) throws IOException {
        return (int) CLIP.matcher(Files.readString(book.resolve(smilFile))).results().count();
    }

    /** The burn book played from its start, once per class. */
    private static synchronized HeadlessDaisyPlayer.Playback burnPlayed() throws Exception {
        if (burnPlayback == null) {
            burnPlayback = new HeadlessDaisyPlayer(Files.createTempDirectory(out, "burn-")).play(burnBook);
        }
        return burnPlayback;
    }

    /**
     * The player starts at level 1, where the sections are. Down once chooses "Cool the burn" and Enter plays it:
     * its heading, its first paragraph, the warning and then the paragraph after the warning, clip for clip the
     * same samples as the full playback, and only then the next section. The player's cursor stays on the section
     * the whole time (the warning is a level-2 item), so what follows the warning is heard as the section's text.
     */
    @Test
    void theTextAfterAWarningPlaysAsPartOfItsSectionFromTheFirstLevel() throws Exception {
        HeadlessDaisyPlayer.Playback all = burnPlayed();
        HeadlessDaisyPlayer.Playback fromSection = new HeadlessDaisyPlayer(Files.createTempDirectory(out, "burn-keys-"))
                .play(burnBook, List.of("Down"));
        assertTrue(fromSection.chosen().contains("Cool the burn"), "Down at the first level chooses the section, not \""
                + fromSection.chosen() + "\":\n" + fromSection.listing());
        String[] section = WarningInsideSectionTest.nccLink(burnBook, "Cool the burn");
        List<String[]> texts = WarningInsideSectionTest.texts(burnBook, section[0]);
        int after = WarningInsideSectionTest.indexOf(texts, 1,
                WarningInsideSectionTest.contentId(burnBook, WarningInsideSectionTest.AFTER_WARNING));
        int warning = WarningInsideSectionTest.indexOf(texts, 0,
                WarningInsideSectionTest.nccLink(burnBook, "Warning: Emergency")[1]);
        assertTrue(warning > 0 && after > warning, "the section's SMIL file " + section[0] + " holds the warning ("
                + warning + ") and then the text after it (" + after + ")");
        int before = parsIn(burnBook, "s001.smil");
        int inSection = parsIn(burnBook, section[0]);
        assertEquals(all.clips().size() - before, fromSection.clips().size(), "it plays from the section to the end");
        for (int i = 0; i < inSection; i++) {
            assertArrayEquals(samples(all.clips().get(before + i)), samples(fromSection.clips().get(i)),
                    "clip " + i + " of the section (the warning is clip " + warning + ", the text after it clip "
                            + after + ")");
        }
        assertTrue(Sound.of(fromSection.clips().get(after)).rmsDbfs() > -35, "the text after the warning is speech");
        String[] next = WarningInsideSectionTest.nccLink(burnBook, "Cover the burn");
        assertEquals(all.clips().size(), before + inSection + parsIn(burnBook, next[0]),
                "after the section's file comes the next section's");
    }

    /** The warning is still one item away: at level 2 ({@code l}), Down from the section chooses it. */
    @Test
    void theWarningIsTheItemAfterItsSectionAtTheSecondLevel() throws Exception {
        HeadlessDaisyPlayer.Playback all = burnPlayed();
        HeadlessDaisyPlayer.Playback fromWarning = new HeadlessDaisyPlayer(Files.createTempDirectory(out, "burn-l-"))
                .play(burnBook, List.of("l", "Down", "Down"));
        assertTrue(fromWarning.listing().contains("level: 2 of 2"), fromWarning.listing());
        assertTrue(fromWarning.chosen().contains("Warning: Emergency"), "title, section, then the warning, not \""
                + fromWarning.chosen() + "\":\n" + fromWarning.listing());
        String[] section = WarningInsideSectionTest.nccLink(burnBook, "Cool the burn");
        int warning = WarningInsideSectionTest.indexOf(WarningInsideSectionTest.texts(burnBook, section[0]), 0,
                WarningInsideSectionTest.nccLink(burnBook, "Warning: Emergency")[1]);
        int at = parsIn(burnBook, "s001.smil") + warning;
        assertEquals(all.clips().size() - at, fromWarning.clips().size(), "it plays from the warning to the end");
        assertArrayEquals(samples(all.clips().get(at)), samples(fromWarning.clips().get(0)),
                "the first clip played is the warning's");
    }

    private static byte[] samples(Path wav) throws Exception {
        try (AudioInputStream in = AudioSystem.getAudioInputStream(wav.toFile())) {
            return in.readAllBytes();
        }
    }

    private static String line(String screen, String text) {
        return screen.lines().filter(l -> l.contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("\"" + text + "\" is not listed by the player:\n" + screen));
    }

    private static int indent(String line) {
        return line.length() - line.stripLeading().length();
    }

    /** Every par's clip, begin and end in seconds, in reading order. */
    private static List<double[]> clips() throws IOException {
        try (Stream<Path> files = Files.list(book)) {
            List<double[]> clips = new java.util.ArrayList<>();
            for (Path smil : files.filter(f -> f.toString().endsWith(".smil")).sorted().toList()) {
                Matcher m = CLIP.matcher(Files.readString(smil));
                while (m.find()) {
                    clips.add(new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2))});
                }
            }
            return clips;
        }
    }

    /** Length and level of one played WAV file. */
    private record Sound(double seconds, double rmsDbfs) {
        static Sound of(Path wav) throws Exception {
            try (AudioInputStream in = AudioSystem.getAudioInputStream(wav.toFile())) {
                AudioFormat f = in.getFormat();
                byte[] b = in.readAllBytes();
                boolean big = f.isBigEndian();
                double sum = 0;
                int n = b.length / 2;
                for (int i = 0; i < n; i++) {
                    int s = big ? (b[2 * i] << 8) | (b[2 * i + 1] & 0xff) : (b[2 * i + 1] << 8) | (b[2 * i] & 0xff);
                    sum += (double) s * s;
                }
                double rms = n == 0 ? 0 : Math.sqrt(sum / n) / 32768;
                double frames = (double) b.length / f.getFrameSize();
                return new Sound(frames / f.getSampleRate(), rms == 0 ? -120 : 20 * Math.log10(rms));
            }
        }
    }
}
