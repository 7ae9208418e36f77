package org.guidekit.render.audio;

import java.util.ArrayList;
import java.util.List;

/** Reads back the WebVTT files we write, for tests. */
final class Captions {
    record Cue(long beginMs, long endMs, String text) {
    }

    private Captions() {
    }

    static List<Cue> parse(String vtt) {
        List<Cue> cues = new ArrayList<>();
        String[] blocks = vtt.split("\n\n");
        if (!blocks[0].equals("WEBVTT")) {
            throw new AssertionError("not WebVTT: " + blocks[0]);
        }
        for (int i = 1; i < blocks.length; i++) {
            String[] lines = blocks[i].strip().split("\n");
            String[] times = lines[1].split(" --> ");
            cues.add(new Cue(millis(times[0]), millis(times[1]), lines[2]));
        }
        return cues;
    }

    static long millis(String t) {
        String[] p = t.split("[:.]");
        return ((Long.parseLong(p[0]) * 60 + Long.parseLong(p[1])) * 60 + Long.parseLong(p[2])) * 1000
                + Long.parseLong(p[3]);
    }
}
