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
 * reviewed, and one CHAP frame per chapter listed in
 * an ordered top-level CTOC, so podcast and audiobook players show a chapter list. Nothing in it varies between runs
 * (no dates, no encoder ids). The only class that uses mp3agic for writing.
 */
final class Id3Chapters {
    private Id3Chapters() {
    }

    /**
     * One chapter.
     *
     * @param title   the section heading
     * @param startMs where it starts
     * @param endMs   where it ends (the next chapter's start, or the end of the file)
     */
    public record Chapter(String title, long startMs, long endMs) {
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
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < chapters.size(); i++) {
            Chapter c = chapters.get(i);
            String id = "ch" + (i + 1);
            ids.add(id);
            // Byte offsets unknown (-1): players seek by time, which is exact for constant bitrate.
            ID3v2ChapterFrameData frame = new ID3v2ChapterFrameData(false, id, (int) c.startMs(), (int) c.endMs(),
                    -1, -1);
            frame.addSubframe("TIT2", new ID3v2TextFrameData(false, new EncodedText(c.title())));
            frames.add(frame);
        }
        tag.setChapters(frames);
        ID3v2ChapterTOCFrameData toc = new ID3v2ChapterTOCFrameData(false, true, true, "toc", ids.toArray(String[]::new));
        toc.addSubframe("TIT2", new ID3v2TextFrameData(false, new EncodedText(title)));
        ArrayList<ID3v2ChapterTOCFrameData> tocs = new ArrayList<>();
        tocs.add(toc);
        tag.setChapterTOC(tocs);
        try {
            return tag.toBytes();
        } catch (NotSupportedException e) {
            throw new RenderException("cannot write the chapter list (" + e.getMessage() + ")", e);
        }
    }
}
