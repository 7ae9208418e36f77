package org.guidekit.render.audio;

import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.sound.sampled.AudioFormat;

import org.guidekit.check.VoiceWords;
import org.guidekit.error.ContentException;
import org.guidekit.model.ContentWalker;
import org.guidekit.model.Guide;
import org.guidekit.model.Paragraph;
import org.guidekit.model.Table;
import org.guidekit.model.TableRow;
import org.guidekit.render.speech.PrintedSentences;
import org.guidekit.render.speech.SpeechScript;
import org.guidekit.render.speech.SpeechSection;
import org.guidekit.render.speech.Utterance;

import com.sun.speech.freetts.Age;
import com.sun.speech.freetts.Gender;
import com.sun.speech.freetts.Item;
import com.sun.speech.freetts.Relation;
import com.sun.speech.freetts.UtteranceProcessor;
import com.sun.speech.freetts.cart.CARTImpl;
import com.sun.speech.freetts.en.us.CMULexicon;
import com.sun.speech.freetts.en.us.CMUVoice;
import com.sun.speech.freetts.en.us.PrefixFSM;
import com.sun.speech.freetts.en.us.SuffixFSM;
import com.sun.speech.freetts.en.us.TokenToWords;

/**
 * The words FreeTTS says for each printed element of a guide, for the speech verifier: the guide's speech script is
 * built exactly as for the audio edition, and each sentence goes, as in the real synthesis, through FreeTTS's own
 * tokenizer and its {@code TokenToWords} step, whose Word relation is read. Nothing after it runs: no phones, no
 * diphones, no samples, so a guide costs milliseconds. {@code FreeTtsVoiceWordsTest} proves the words equal those
 * recorded during real synthesis.
 *
 * <p>One shared instance; calls are serialised (FreeTTS voices are not thread-safe).
 */
public final class FreeTtsVoiceWords implements VoiceWords {
    /**
     * A sentence longer than this is not read here: no leaflet has one (the long-sentence check already asks for
     * it to be split), and FreeTTS takes seconds over hostile text of that size.
     */
    static final int LONGEST_SENTENCE = 3000;

    private final WordOnlyVoice voice = new WordOnlyVoice();
    private final List<String> heard = new ArrayList<>();

    private FreeTtsVoiceWords() {
        synchronized (FreeTtsSynthesizer.ALLOCATION) { // FreeTTS's allocation fills static tables
            voice.allocate();
        }
        voice.getOutputQueue().close();
        voice.setOutputQueue(null);
    }

    /** The shared instance, made on first use. */
    public static FreeTtsVoiceWords instance() {
        return Holder.INSTANCE;
    }

    @Override
    public List<Said> said(Guide guide, Map<String, String> sharedPronunciations) {
        return said(guide, sharedPronunciations, (element, cell) -> true);
    }

    /** Only the wanted elements go through FreeTTS: the costly part, about 0.1 ms a word. */
    @Override
    public List<Said> said(Guide guide, Map<String, String> sharedPronunciations,
                           java.util.function.BiPredicate<String, Integer> wanted) {
        return said(guide, sharedPronunciations, wanted, new LastScript()); // no session: nothing to share
    }

    /** {@link #said}, taking the script from a session's memo ({@link SessionVoiceWords}). */
    List<Said> said(Guide guide, Map<String, String> sharedPronunciations,
                    java.util.function.BiPredicate<String, Integer> wanted, LastScript scripts) {
        if (!Locale.forLanguageTag(guide.metadata().language()).getLanguage().equals("en")) {
            return List.of(); // the English voice does not speak it
        }
        SpeechScript script;
        try {
            script = scripts.of(guide, sharedPronunciations);
        } catch (ContentException e) {
            return List.of(); // nothing can be spoken; the speech preflight reports why
        }
        Map<String, Said> elements = elements(guide);
        List<Said> said = new ArrayList<>();
        for (SpeechSection section : script.sections()) {
            for (Utterance u : section.utterances()) {
                for (Utterance.Sentence s : u.sentences()) {
                    if (s.text().length() > LONGEST_SENTENCE) {
                        continue;
                    }
                    Said where = elements.getOrDefault(s.id(), new Said(s.id(), 0, List.of()));
                    if (wanted.test(where.element(), where.cell())) {
                        said.add(new Said(where.element(), where.cell(), words(s.text())));
                    }
                }
            }
        }
        return said;
    }

    /** The words FreeTTS says for {@code text}: its Word relation, utterance after utterance. */
    public synchronized List<String> words(String text) {
        heard.clear();
        if (!voice.speak(text)) {
            throw new IllegalStateException("FreeTTS could not read \"" + text + "\"");
        }
        return List.copyOf(heard);
    }

    /** Sentence ids of paragraphs and cell ids of table rows, mapped to their element (and cell). */
    private static Map<String, Said> elements(Guide guide) {
        Map<String, Said> ids = new HashMap<>();
        new ContentWalker<RuntimeException>() {
            @Override
            protected void visitParagraph(Paragraph p) {
                int n = PrintedSentences.split(p.content()).size();
                for (int k = 1; k <= n; k++) {
                    ids.put(PrintedSentences.sentenceId(p.id(), k), new Said(p.id(), 0, List.of()));
                }
            }

            @Override
            protected void visitTable(Table t) {
                for (TableRow row : t.rows()) {
                    for (int c = 0; c < row.cells().size(); c++) {
                        ids.put(PrintedSentences.cellId(row.id(), c), new Said(row.id(), c + 1, List.of()));
                    }
                }
            }
        }.walk(guide);
        return ids;
    }

    /**
     * kevin16's text analysis up to its Word relation: the same tokenizer (CMUVoice's) and the same
     * {@code TokenToWords} with the same number tree and pronounceability tables, which never consult the lexicon
     * (so the small time lexicon stands in for the large one), and no audio.
     */
    private final class WordOnlyVoice extends CMUVoice {
        WordOnlyVoice() {
            super("words", Gender.MALE, Age.YOUNGER_ADULT, "text analysis only", Locale.US, "general", "guidekit",
                    new CMULexicon("cmutimelex"));
            setAudioPlayer(new NoAudio());
        }

        @Override
        protected void setupUtteranceProcessors() throws IOException {
            getUtteranceProcessors().add(new TokenToWords(new CARTImpl(getResource("nums_cart.txt")),
                    new PrefixFSM(getResource("prefix_fsm.txt")), new SuffixFSM(getResource("suffix_fsm.txt"))));
            getUtteranceProcessors().add((UtteranceProcessor) this::record);
        }

        private void record(com.sun.speech.freetts.Utterance utterance) {
            Relation words = utterance.getRelation(Relation.WORD);
            for (Item i = words == null ? null : words.getHead(); i != null; i = i.getNext()) {
                heard.add(i.toString());
            }
        }

        /** FreeTTS's tables sit beside {@link CMUVoice}, not beside this class. */
        @Override
        protected URL getResource(String name) {
            return CMUVoice.class.getResource(name);
        }

        @Override
        protected UtteranceProcessor getAudioOutput() {
            return utterance -> {
            };
        }
    }

    /** The player FreeTTS insists on; never given a sample. */
    private static final class NoAudio extends OfflinePlayer {
        private AudioFormat format = new AudioFormat(16000f, 16, 1, true, true);

        @Override
        public void setAudioFormat(AudioFormat f) {
            format = f;
        }

        @Override
        public AudioFormat getAudioFormat() {
            return format;
        }

        @Override
        public void begin(int size) {
        }

        @Override
        public boolean end() {
            return true;
        }


        @Override
        public boolean write(byte[] audioData) {
            return true;
        }

        @Override
        public boolean write(byte[] audioData, int offset, int size) {
            return true;
        }
    }

    /** Lazy, thread-safe loading by the class-initialisation rules. */
    private static final class Holder {
        static final FreeTtsVoiceWords INSTANCE = new FreeTtsVoiceWords();
    }
}
