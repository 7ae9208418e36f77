package org.guidekit.render.daisy;

import java.util.Locale;

/** The two time notations of DAISY 2.02. */
final class DaisyTime {
    private DaisyTime() {
    }

    /** {@code hh:mm:ss}, rounded to the nearest second (ncc:totalTime, ncc:timeInThisSmil). */
    static String clock(long ms) {
        long s = Math.round(ms / 1000.0);
        return String.format(Locale.ROOT, "%02d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
    }

    /** SMIL normal play time to the millisecond: {@code npt=3.200s}. */
    static String npt(long ms) {
        return "npt=" + seconds(ms);
    }

    /** {@code 3.200s}. */
    static String seconds(long ms) {
        return String.format(Locale.ROOT, "%d.%03ds", ms / 1000, ms % 1000);
    }
}
