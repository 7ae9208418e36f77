package org.guidekit.render.audio;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sound.sampled.AudioFormat;

import org.guidekit.error.RenderException;
import org.guidekit.render.speech.DrugNames;
import org.guidekit.render.speech.Prosody;

import com.sun.speech.freetts.FeatureSet;
import com.sun.speech.freetts.Item;
import com.sun.speech.freetts.Relation;
import com.sun.speech.freetts.UtteranceProcessor;
import com.sun.speech.freetts.Voice;
import com.sun.speech.freetts.VoiceManager;

/**
 * FreeTTS's kevin16 voice, driven headless and synchronously: our own {@link PcmCollector} as the audio player
 * (the default one hangs without a sound device) and no output thread (so a failing utterance returns false here
 * instead of hanging). The only class that uses FreeTTS.
 */
public final class FreeTtsSynthesizer implements Synthesizer {
    /**
     * kevin16's pace at a duration stretch of 1, in words per minute of utterance time (its own sentence and comma
     * pauses included, our pauses between blocks not), measured on the sample guides. FreeTTS assumes 150.
     */
    static final double NATURAL_WORDS_PER_MINUTE = 171;
    private static final String VOICE = "kevin16";
    /**
     * FreeTTS's voice allocation fills static tables and is not thread-safe: every allocation and deallocation of
     * any voice (the synthesis voices here, the verifier's word-only voice) holds this one lock. (The verifier once
     * held another lock, and its voice loading in one build raced another build's synthesis: "synthesis failed
     * (IndexOutOfBoundsException)" in parallel tests.)
     */
    static final Object ALLOCATION = new Object();
    /** CMU vowel phones, and only they, start with one of these letters. */
    private static final String VOWEL_START = "aeiou";

    private final Voice voice;
    private final PcmCollector player = new PcmCollector();
    private final List<String> lastWords = new ArrayList<>();
    private final List<String> lastPhones = new ArrayList<>();
    private final List<String> lastStressedPhones = new ArrayList<>();
    private final List<String> lastSentences = new ArrayList<>();
    private VoiceSettings settings;
    /** The pronunciations now in the voice's lexicon, and the pitch it came with. */
    private Map<String, List<String>> pronunciations = Map.of();
    private final float ownPitch;

    /**
     * Loads and allocates a voice with the given pronunciations (word → validated CMU phones) in its lexicon.
     *
     * @throws RenderException if the voice cannot be loaded
     */
    public FreeTtsSynthesizer(VoiceSettings settings, Map<String, List<String>> pronunciations) {
        this.settings = settings;
        synchronized (ALLOCATION) {
            if (System.getProperty("freetts.voices") == null) {
                System.setProperty("freetts.voices", "com.sun.speech.freetts.en.us.cmu_us_kal.KevinVoiceDirectory");
            }
            Voice v = VoiceManager.getInstance().getVoice(VOICE);
            if (v == null) {
                throw new RenderException("the voice " + VOICE + " cannot be found; the FreeTTS library is incomplete");
            }
            v.allocate();
            this.voice = v;
        }
        voice.getOutputQueue().close();
        voice.setOutputQueue(null);
        voice.setAudioPlayer(player);
        this.ownPitch = voice.getPitch();
        voice.getUtteranceProcessors().add(wordRecorder());
        // guidekit's bundled medicine names first; a guide's entries for the same words replace them in prepare
        DrugNames.addenda().forEach((word, phones) ->
                voice.getLexicon().addAddendum(word, null, phones.toArray(String[]::new)));
        prepare(settings, pronunciations);
    }

    /**
     * Replaces pace, pitch and the pronunciation entries of the guide before with {@code settings}' and these. The
     * bundled medicine names ({@link DrugNames}) stay under them: an entry here replaces the bundled one for this
     * guide only.
     */
    @Override
    public void prepare(VoiceSettings settings, Map<String, List<String>> pronunciations) {
        this.settings = settings;
        voice.setPitch(settings.pitch().orElse(ownPitch));
        if (pronunciations.equals(this.pronunciations)) {
            return;
        }
        this.pronunciations.keySet().forEach(word -> {
            voice.getLexicon().removeAddendum(word, null);
            List<String> bundled = DrugNames.addenda().get(word); // the guide before had replaced it
            if (bundled != null) {
                voice.getLexicon().addAddendum(word, null, bundled.toArray(String[]::new));
            }
        });
        // Sorted, so every voice gets the same lexicon in the same order.
        new java.util.TreeMap<>(pronunciations).forEach((word, phones) ->
                voice.getLexicon().addAddendum(word, null, phones.toArray(String[]::new)));
        this.pronunciations = Map.copyOf(pronunciations);
    }

    @Override
    public int sampleRate() {
        return player.sampleRate();
    }

    @Override
    public SpokenUtterance speak(String text, Prosody prosody) {
        voice.setDurationStretch((float) (NATURAL_WORDS_PER_MINUTE
                / (settings.wordsPerMinute() * prosody.rateFactor())));
        player.takeSamples();
        lastWords.clear();
        lastPhones.clear();
        lastStressedPhones.clear();
        lastSentences.clear();
        boolean ok;
        try {
            ok = voice.speak(text);
        } catch (RuntimeException e) {
            throw new RenderException("the voice failed on \"" + text + "\" (" + e + ")", e);
        }
        if (!ok) {
            throw new RenderException("the voice could not say \"" + text + "\"");
        }
        List<int[]> spans = player.spans();
        short[] samples = player.takeSamples();
        WrapRepair.repair(samples);
        return new SpokenUtterance(samples, sentences(text, spans, samples.length));
    }

    /** FreeTTS speaks one sentence per begin/end of the player; pair them with the sentence texts it recorded. */
    private List<SpokenUtterance.Sentence> sentences(String text, List<int[]> spans, int length) {
        if (spans.size() != lastSentences.size() || spans.isEmpty()) {
            return List.of(new SpokenUtterance.Sentence(text, 0, length));
        }
        List<SpokenUtterance.Sentence> sentences = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            sentences.add(new SpokenUtterance.Sentence(lastSentences.get(i), spans.get(i)[0], spans.get(i)[1]));
        }
        return sentences;
    }

    @Override
    public List<String> spokenWords(String text) {
        speak(text, Prosody.NORMAL);
        return List.copyOf(lastWords);
    }

    /** The phones the voice says for {@code text} (its Segment relation, pauses left out), for tests. */
    public List<String> spokenPhones(String text) {
        speak(text, Prosody.NORMAL);
        return List.copyOf(lastPhones);
    }

    /**
     * The phones the voice says for {@code text} with the stress it gives them: a vowel of a stressed syllable
     * carries a 1 ({@code m eh t f ao1 r m ih n}), as in a pronunciation entry. For tests of pronunciations.
     */
    public List<String> spokenStressedPhones(String text) {
        speak(text, Prosody.NORMAL);
        return List.copyOf(lastStressedPhones);
    }

    /** Records the Word and Segment relations of every utterance: exactly what FreeTTS pronounces. */
    private UtteranceProcessor wordRecorder() {
        return utterance -> {
            record(utterance.getRelation(Relation.WORD), lastWords);
            record(utterance.getRelation(Relation.SEGMENT), lastPhones);
            lastPhones.removeIf("pau"::equals);
            recordStressed(utterance.getRelation(Relation.SEGMENT), lastStressedPhones);
            lastSentences.add(sentenceText(utterance.getRelation(Relation.TOKEN)));
        };
    }

    /** The sentence as written, rebuilt from FreeTTS's tokens with their punctuation. */
    private static String sentenceText(Relation tokens) {
        StringBuilder sb = new StringBuilder();
        for (Item t = tokens == null ? null : tokens.getHead(); t != null; t = t.getNext()) {
            FeatureSet f = t.getFeatures();
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(feature(f, "prepunctuation")).append(feature(f, "name")).append(feature(f, "punc"));
        }
        return sb.toString();
    }

    private static String feature(FeatureSet f, String name) {
        return f.isPresent(name) ? f.getString(name) : "";
    }

    /** Each segment's phone, its vowel marked 1 when its syllable (in the SylStructure relation) is stressed. */
    private static void recordStressed(Relation segments, List<String> into) {
        for (Item i = segments == null ? null : segments.getHead(); i != null; i = i.getNext()) {
            String phone = i.toString();
            if ("pau".equals(phone)) {
                continue;
            }
            Item inSyllable = i.getItemAs(Relation.SYLLABLE_STRUCTURE);
            Item syllable = inSyllable == null ? null : inSyllable.getParent();
            boolean stressed = syllable != null && syllable.getFeatures().isPresent("stress")
                    && "1".equals(syllable.getFeatures().getString("stress"));
            into.add(stressed && VOWEL_START.indexOf(phone.charAt(0)) >= 0 ? phone + "1" : phone);
        }
    }

    private static void record(Relation relation, List<String> into) {
        for (Item i = relation == null ? null : relation.getHead(); i != null; i = i.getNext()) {
            into.add(i.toString());
        }
    }

    @Override
    public void close() {
        synchronized (ALLOCATION) {
            voice.deallocate();
        }
    }

    /**
     * FreeTTS's audio output, caught in memory for one utterance. FreeTTS's own players hang without a sound device
     * ({@code JavaStreamingAudioPlayer}) or print to stdout and swallow errors ({@code SingleFileAudioPlayer}).
     * FreeTTS hands over 16-bit big-endian mono bytes.
     */
    private static final class PcmCollector extends OfflinePlayer {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
        private final List<int[]> spans = new ArrayList<>();
        private AudioFormat format = new AudioFormat(16000f, 16, 1, true, true);

        /** The samples gathered since the last call, and a fresh start. */
        short[] takeSamples() {
            byte[] b = bytes.toByteArray();
            bytes.reset();
            spans.clear();
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

        /** Sample ranges of the sentences since the last {@link #takeSamples()}. */
        List<int[]> spans() {
            return List.copyOf(spans);
        }

        @Override
        public void begin(int size) {
            spans.add(new int[] {bytes.size() / 2, bytes.size() / 2});
        }

        @Override
        public boolean end() {
            if (!spans.isEmpty()) {
                spans.get(spans.size() - 1)[1] = bytes.size() / 2;
            }
            return true;
        }

    }
}
