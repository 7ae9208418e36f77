package org.guidekit.render.audio;

import java.util.ArrayList;
import java.util.List;

import org.guidekit.error.RenderException;

import com.mpatric.mp3agic.EncodedText;
import com.mpatric.mp3agic.ID3v24Frame;
import com.mpatric.mp3agic.ID3v24Tag;
import com.mpatric.mp3agic.ID3v2FrameSet;
import com.mpatric.mp3agic.ID3v2ChapterFrameData;
import com.mpatric.mp3agic.ID3v2ChapterTOCFrameData;
import com.mpatric.mp3agic.ID3v2TextFrameData;
import com.mpatric.mp3agic.NotSupportedException;

/**
 * The ID3v2.4 tag of the spoken guide: title, artist (the clinic), album, genre "Speech", language, the year it was
 * reviewed, and a two-level chapter table, so podcast and audiobook players show a chapter list. Nothing in it
 * varies between runs (no dates, no encoder ids). The only class that uses mp3agic for writing.
 *
 * <p>The table follows the ID3v2 chapter addendum's nesting: an ordered top-level CTOC lists one CHAP per section,
 * and each section's CHAP spans the whole section, the text after its warnings included. A section's warning,
 * caution or important callouts are CHAPs of their own, inside the section's time, listed by an ordered child CTOC
 * that the top-level CTOC names right after the section. So a listener who skips chapters meets "Call 911 ..." in
 * one skip, and the section's text after the warning stays in the section's chapter instead of a chapter of its own
 * called "(continued)". Players that ignore CTOCs (ffmpeg among them) list every CHAP by start time: the warning
 * then shows as a chapter starting inside its section, and seeking to the section still plays all of it.
 */
final class Id3Chapters {
    private Id3Chapters() {
    }

    /**
     * One chapter.
     *
     * @param title   the section heading, or "Warning: ..." for a callout
     * @param startMs where it starts
     * @param endMs   where it ends (the next section's start, or the end of the file)
     * @param parts   the callouts inside it, each within {@code [startMs, endMs]}; empty for a callout
     */
    public record Chapter(String title, long startMs, long endMs, List<Chapter> parts) {
        public Chapter {
            parts = List.copyOf(parts);
            for (Chapter p : parts) {
                if (p.startMs() < startMs || p.endMs() > endMs || !p.parts().isEmpty()) {
                    throw new IllegalArgumentException("chapter " + p.title() + " is not a part of " + title);
                }
            }
        }

        /** A chapter with no parts. */
        public Chapter(String title, long startMs, long endMs) {
            this(title, startMs, endMs, List.of());
        }
    }

    /** The tag bytes to put before the MPEG frames, with no language or year. */
    public static byte[] tag(String title, String artist, List<Chapter> chapters) {
        return tag(title, artist, "", "", chapters);
    }

    /**
     * The tag bytes to put before the MPEG frames.
     *
     * @param language BCP 47 language of the speech ("en-US"), written as its ISO 639-2 code (TLAN), or empty
     * @param year     the year the guide was reviewed (TDRC), or empty
     */
    public static byte[] tag(String title, String artist, String language, String year, List<Chapter> chapters) {
        ID3v24Tag tag = new ID3v24Tag();
        tag.setPadding(false);
        tag.setTitle(title);
        tag.setAlbum(title);
        tag.setGenreDescription("Speech"); // ID3v1 genre 101: players file it with audiobooks, not music
        if (!artist.isEmpty()) {
            tag.setArtist(artist);
            tag.setAlbumArtist(artist);
        }
        if (!year.isEmpty()) {
            tag.setRecordingTime(year);
        }
        if (!language.isEmpty()) {
            String iso639 = java.util.Locale.forLanguageTag(language).getISO3Language();
            ID3v2FrameSet frames = new ID3v2FrameSet("TLAN");
            byte[] text = ("\0" + iso639).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1); // encoding 0
            frames.addFrame(new ID3v24Frame("TLAN", text));
            tag.getFrameSets().put("TLAN", frames);
        }
        ArrayList<ID3v2ChapterFrameData> frames = new ArrayList<>();
        ArrayList<ID3v2ChapterTOCFrameData> tocs = new ArrayList<>();
        List<String> top = new ArrayList<>();
        for (int i = 0; i < chapters.size(); i++) {
            Chapter c = chapters.get(i);
            String id = "ch" + (i + 1);
            frames.add(chap(id, c));
            top.add(id);
            if (!c.parts().isEmpty()) {
                List<String> parts = new ArrayList<>();
                for (int j = 0; j < c.parts().size(); j++) {
                    String partId = id + "." + (j + 1);
                    frames.add(chap(partId, c.parts().get(j)));
                    parts.add(partId);
                }
                String tocId = "toc" + (i + 1);
                tocs.add(toc(tocId, false, c.title(), parts));
                top.add(tocId);
            }
        }
        tag.setChapters(frames);
        tocs.add(0, toc("toc", true, title, top));
        tag.setChapterTOC(tocs);
        try {
            return tag.toBytes();
        } catch (NotSupportedException e) {
            throw new RenderException("cannot write the chapter list (" + e.getMessage() + ")", e);
        }
    }

    private static ID3v2ChapterFrameData chap(String id, Chapter c) {
        // Byte offsets unknown (-1): players seek by time, which is exact for constant bitrate.
        ID3v2ChapterFrameData frame = new ID3v2ChapterFrameData(false, id, (int) c.startMs(), (int) c.endMs(), -1, -1);
        frame.addSubframe("TIT2", new ID3v2TextFrameData(false, new EncodedText(c.title())));
        return frame;
    }

    /** An ordered CTOC; only the whole guide's is top-level. */
    private static ID3v2ChapterTOCFrameData toc(String id, boolean topLevel, String title, List<String> children) {
        ID3v2ChapterTOCFrameData toc = new ID3v2ChapterTOCFrameData(false, topLevel, true, id,
                children.toArray(String[]::new));
        toc.addSubframe("TIT2", new ID3v2TextFrameData(false, new EncodedText(title)));
        return toc;
    }
}
