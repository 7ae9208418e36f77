package org.guidekit.render.audio;

import com.sun.speech.freetts.audio.AudioPlayer;

/**
 * The part of FreeTTS's {@link AudioPlayer} contract that concerns live playback on a sound device, which never
 * happens here: pausing, timing, volume and metrics do nothing. The players that collect the samples
 * ({@link FreeTtsSynthesizer}) or drop them ({@link FreeTtsVoiceWords}) add only what they do with the audio.
 */
abstract class OfflinePlayer implements AudioPlayer {
    @Override
    public void pause() {
    }

    @Override
    public void resume() {
    }

    @Override
    public void reset() {
    }

    @Override
    public boolean drain() {
        return true;
    }

    @Override
    public void cancel() {
    }

    @Override
    public void close() {
    }

    @Override
    public float getVolume() {
        return 1f;
    }

    @Override
    public void setVolume(float volume) {
    }

    @Override
    public long getTime() {
        return 0;
    }

    @Override
    public void resetTime() {
    }

    @Override
    public void startFirstSampleTimer() {
    }

    @Override
    public void showMetrics() {
    }
}
