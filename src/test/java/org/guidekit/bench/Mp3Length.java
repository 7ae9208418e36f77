package org.guidekit.bench;

import com.mpatric.mp3agic.Mp3File;

/** Prints an MP3's playing time in seconds, for bench/audio/run.sh. */
public final class Mp3Length {
    private Mp3Length() {
    }

    public static void main(String[] args) throws Exception {
        System.out.printf("%.1f%n", new Mp3File(args[0]).getLengthInMilliseconds() / 1000.0);
    }
}
