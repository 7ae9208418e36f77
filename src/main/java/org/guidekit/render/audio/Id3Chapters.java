package org.guidekit.render.audio;

import java.util.ArrayList;
import java.util.List;

import org.guidekit.error.RenderException;

import com.mpatric.mp3agic.EncodedText;
import com.mpatric.mp3agic.ID3v24Tag;
import com.mpatric.mp3agic.ID3v2ChapterFrameData;
import com.mpatric.mp3agic.ID3v2ChapterTOCFrameData;
import com.mpatric.mp3agic.ID3v2TextFrameData;
import com.mpatric.mp3agic.NotSupportedException;

/**
 * The ID3v2.4 tag of the spoken guide: title, artist (the clinic), album, and one CHAP frame per section listed in
 * an ordered top-level CTOC, so podcast and audiobook players show a chapter list. Nothing in it varies between runs
 * (no dates, no encoder ids). The only class that uses mp3agic for writing.
 */
public final class Id3Chapters {
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

    /** The tag bytes to put before the MPEG frames. */
    public static byte[] tag(String title, String artist, List<Chapter> chapters) {
        ID3v24Tag tag = new ID3v24Tag();
        tag.setPadding(false);
        tag.setTitle(title);
        tag.setAlbum(title);
        if (!artist.isEmpty()) {
            tag.setArtist(artist);
            tag.setAlbumArtist(artist);
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
