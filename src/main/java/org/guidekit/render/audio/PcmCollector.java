package org.guidekit.render.audio;

import java.io.ByteArrayOutputStream;

import javax.sound.sampled.AudioFormat;

import com.sun.speech.freetts.audio.AudioPlayer;

/**
 * FreeTTS's audio output, caught in memory for one utterance. FreeTTS's own players hang without a sound device
 * ({@code JavaStreamingAudioPlayer}) or print to stdout and swallow errors ({@code SingleFileAudioPlayer}).
 * FreeTTS hands over 16-bit big-endian mono bytes.
 */
final class PcmCollector implements AudioPlayer {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
    private AudioFormat format = new AudioFormat(16000f, 16, 1, true, true);

    /** The samples gathered since the last call, and a fresh start. */
    short[] takeSamples() {
        byte[] b = bytes.toByteArray();
        bytes.reset();
        boolean bigEndian = format.isBigEndian();
        short[] s = new short[b.length / 2];
        for (int i = 0; i < s.length; i++) {
            int hi = bigEndian ? b[2 * i] : b[2 * i + 1];
            int lo = bigEndian ? b[2 * i + 1] : b[2 * i];
            s[i] = (short) ((hi << 8) | (lo & 0xff));
        }
        return s;
    }

    int sampleRate() {
        return (int) format.getSampleRate();
    }

    @Override
    public void setAudioFormat(AudioFormat audioFormat) {
        if (audioFormat.getSampleSizeInBits() != 16 || audioFormat.getChannels() != 1) {
            throw new IllegalStateException("unexpected voice format " + audioFormat);
        }
        this.format = audioFormat;
    }

    @Override
    public AudioFormat getAudioFormat() {
        return format;
    }

    @Override
    public boolean write(byte[] audioData) {
        return write(audioData, 0, audioData.length);
    }

    @Override
    public boolean write(byte[] audioData, int offset, int size) {
        bytes.write(audioData, offset, size);
        return true;
    }

    // The rest of the player contract concerns live playback, which never happens here.
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
    public void begin(int size) {
    }

    @Override
    public boolean end() {
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
