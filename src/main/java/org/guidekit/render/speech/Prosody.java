package org.guidekit.render.speech;

/**
 * How an utterance is spoken relative to the guide's chosen rate.
 *
 * @param rateFactor speed relative to the chosen words per minute: 1 is normal, 0.9 is ten percent slower
 */
public record Prosody(double rateFactor) {
    /** The guide's normal pace. */
    public static final Prosody NORMAL = new Prosody(1.0);
    /** Warnings and other callouts: a little slower so they stand out and sink in. */
    public static final Prosody CALLOUT = new Prosody(0.88);

    public Prosody {
        if (!(rateFactor >= 0.5 && rateFactor <= 2.0)) {
            throw new IllegalArgumentException("rate factor " + rateFactor + " is outside 0.5-2");
        }
    }
}
