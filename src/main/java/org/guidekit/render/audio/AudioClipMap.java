package org.guidekit.render.audio;

import java.util.List;
import java.util.Optional;

/**
 * Where each utterance can be heard: utterance (block, list item, row or section) id → audio file, begin and end.
 * A DAISY SMIL file points its {@code <audio clip-begin clip-end>} here.
 *
 * @param clips every utterance in reading order
 */
public record AudioClipMap(List<Clip> clips) {
    public AudioClipMap {
        clips = List.copyOf(clips);
    }

    /**
     * One utterance's clip.
     *
     * @param id      the utterance id
     * @param text    what is said (captions)
     * @param file    the audio file's name, without folder
     * @param beginMs where the utterance starts in that file
     * @param endMs   where it ends (before the pause that follows)
     */
    public record Clip(String id, String text, String file, long beginMs, long endMs) {
    }

    /**
     * The clip of {@code id}. If several utterances share an id (a list item with a nested list, say), the clip
     * runs from the first one's begin to the last one's end.
     */
    public Optional<Clip> clip(String id) {
        Clip first = null;
        Clip last = null;
        for (Clip c : clips) {
            if (c.id().equals(id)) {
                first = first == null ? c : first;
                last = c;
            }
        }
        if (first == null) {
            return Optional.empty();
        }
        return Optional.of(new Clip(id, first.text(), first.file(), first.beginMs(), last.endMs()));
    }
}
