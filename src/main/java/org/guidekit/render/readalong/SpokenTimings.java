package org.guidekit.render.readalong;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.guidekit.render.audio.AudioClipMap;

/**
 * The sentences the voice said, per utterance id (section, block, list item, table row), with times that tile the
 * audio: each sentence lasts until the next one starts, so the highlight stays through the pauses and the overlay
 * clips add up to the audio's length. Empty for a guide without audio (a language the voice cannot speak).
 */
public final class SpokenTimings {
    private final Map<String, List<SpokenSentence>> byId;
    private final long totalMs;

    private SpokenTimings(Map<String, List<SpokenSentence>> byId, long totalMs) {
        this.byId = byId;
        this.totalMs = totalMs;
    }

    /**
     * The last sentence stops one MP3 frame (36 ms at 16 kHz) short of the file's end, as in the DAISY book: some
     * readers count one frame fewer than the file holds, and a clip past the end is an error to validators.
     */
    public static final long FRAME_MARGIN_MS = 36;

    /** The sentences of {@code audio} in its single chaptered MP3 called {@code fileName}. */
    public static SpokenTimings of(org.guidekit.render.audio.SynthesizedGuide audio, String fileName) {
        return of(audio.sentenceClipsForSingleFile(fileName), audio.mp3Millis() - FRAME_MARGIN_MS);
    }

    /**
     * @param sentenceClips one clip per sentence in the single MP3, in reading order
     * @param playableMs    where the last sentence ends (the audio's length, less a frame of margin)
     */
    public static SpokenTimings of(AudioClipMap sentenceClips, long playableMs) {
        List<AudioClipMap.Clip> clips = sentenceClips.clips();
        Map<String, List<SpokenSentence>> byId = new LinkedHashMap<>();
        for (int i = 0; i < clips.size(); i++) {
            AudioClipMap.Clip c = clips.get(i);
            long begin = i == 0 ? 0 : c.beginMs();
            long end = i + 1 < clips.size() ? clips.get(i + 1).beginMs() : playableMs;
            if (end > begin) {
                byId.computeIfAbsent(c.id(), k -> new ArrayList<>()).add(new SpokenSentence(c.text(), begin, end));
            }
        }
        byId.replaceAll((k, v) -> List.copyOf(v));
        return new SpokenTimings(Collections.unmodifiableMap(byId), playableMs);
    }

    /** No audio: the markup has no sentence spans and no timings. */
    public static SpokenTimings none() {
        return new SpokenTimings(Map.of(), 0);
    }

    public boolean hasAudio() {
        return !byId.isEmpty();
    }

    /** The sentences said for {@code id}, or empty when nothing was said for it. */
    public Optional<List<SpokenSentence>> sentences(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Every utterance id that has audio, in reading order. */
    public List<String> ids() {
        return List.copyOf(byId.keySet());
    }

    /** The end of the last sentence. */
    public long totalMs() {
        return totalMs;
    }
}
