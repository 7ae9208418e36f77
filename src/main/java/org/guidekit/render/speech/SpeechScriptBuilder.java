package org.guidekit.render.speech;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.guidekit.model.Block;
import org.guidekit.model.Guide;
import org.guidekit.model.Metadata;
import org.guidekit.model.Section;

/**
 * Builds the {@link SpeechScript} of a guide: what is said, in which chapter, with which pauses. The listener must
 * always know where they are, so the opening says the title, subtitle and clinic; every section starts with its
 * heading as a sentence; and a closing line says the guide is over.
 */
public final class SpeechScriptBuilder {
    /** Chapter id of the opening (title and introduction). */
    public static final String OPENING_ID = "opening";
    /** Utterance id of the closing line. */
    public static final String END_ID = "end";
    /** The closing line in a guide's language ("End of guide.", "Fin de la guía."): said, and printed to highlight. */
    public static String endLine(String languageTag) {
        return org.guidekit.model.EditionWords.forLanguage(languageTag).get("speech.end");
    }

    /** Words the voice says besides the guide's own, in the language of the guide being built. */
    private org.guidekit.model.EditionWords words = org.guidekit.model.EditionWords.forLanguage("en");

    String word(String key, Object... values) {
        return values.length == 0 ? words.get(key) : words.format(key, values);
    }

    private final Predicate<String> voiceKnows;
    private final SpeechNormalizer normalizer;

    /**
     * A builder that spells out only initialisms that cannot be words
     * (see {@link HealthTextNormalizer#HealthTextNormalizer()}).
     */
    public SpeechScriptBuilder() {
        this(word -> true);
    }

    /**
     * @param voiceKnows true for a word (lower case) the voice has in its lexicon; capital words it does not know
     *                   and the guide does not list are spelled out ("EMS" → "E-M-S")
     */
    public SpeechScriptBuilder(Predicate<String> voiceKnows) {
        this(voiceKnows, new EnglishNormalizer(new HealthTextNormalizer(voiceKnows)));
    }

    private SpeechScriptBuilder(Predicate<String> voiceKnows, SpeechNormalizer normalizer) {
        this.voiceKnows = voiceKnows;
        this.normalizer = normalizer;
    }

    /**
     * The script of {@code guide}.
     *
     * @param sharedPronunciations the clinic-wide list ({@code pronunciations.yaml} beside the guide)
     * @throws org.guidekit.error.ContentException if a pronunciation cannot be used
     */
    public SpeechScript build(Guide guide, Map<String, String> sharedPronunciations) {
        Metadata m = guide.metadata();
        String sharedFile = Path.of(guide.source()).resolveSibling("pronunciations.yaml").toString();
        var phones = Pronunciations.resolve(sharedPronunciations, sharedFile, m.pronunciations(), guide.source());
        // Words the guide's list pronounces are words, whatever their case; the guide's language picks the tables.
        return new SpeechScriptBuilder(voiceKnows, SpeechNormalizer.forLanguage(m.language(),
                w -> voiceKnows.test(w) || phones.containsKey(w))).script(guide, phones);
    }

    private SpeechScript script(Guide guide, Map<String, List<String>> phones) {
        Metadata m = guide.metadata();
        words = org.guidekit.model.EditionWords.forLanguage(m.language());
        BlockSpeech speech = new BlockSpeech(this, Prosody.NORMAL);
        List<SpeechSection> chapters = new ArrayList<>(endSection(SectionChapters.split(OPENING_ID, m.title(), 1,
                opening(guide), guide.intro(), speech)));
        for (Section s : guide.allSections()) {
            List<Utterance> heading = List.of(new Utterance(s.id(), sentence(s.headingText()), Pauses.HEADING,
                    Prosody.NORMAL));
            chapters.addAll(endSection(SectionChapters.split(s.id(), s.headingText().strip(), s.level(), heading,
                    s.blocks(), speech)));
        }
        SpeechSection last = chapters.remove(chapters.size() - 1);
        List<Utterance> closing = new ArrayList<>(last.utterances());
        closing.add(new Utterance(END_ID, endLine(m.language()), 0, Prosody.NORMAL));
        chapters.add(last.withUtterances(closing));
        String year = m.reviewed().map(d -> String.valueOf(d.getYear())).orElse("");
        return new SpeechScript(guide.name(), m.title(), m.organization().orElse(""), m.language(), year, chapters,
                phones);
    }

    /** The title lines of the opening chapter; the introduction's blocks follow. */
    private List<Utterance> opening(Guide guide) {
        Metadata m = guide.metadata();
        List<Utterance> said = new ArrayList<>();
        said.add(new Utterance("title", sentence(m.title()), Pauses.TITLE, Prosody.NORMAL));
        m.subtitle().ifPresent(s -> said.add(new Utterance("subtitle", sentence(s), Pauses.TITLE, Prosody.NORMAL)));
        m.organization().ifPresent(o ->
                said.add(new Utterance("organization", sentence(word("speech.from", o)), Pauses.HEADING, Prosody.NORMAL)));
        return said;
    }

    /** The last utterance of a section is followed by the longer pause between sections. */
    private static List<SpeechSection> endSection(List<SpeechSection> chapters) {
        List<SpeechSection> out = new ArrayList<>(chapters);
        SpeechSection last = out.get(out.size() - 1);
        List<Utterance> said = new ArrayList<>(last.utterances());
        said.set(said.size() - 1, said.get(said.size() - 1).withPauseAfter(Pauses.SECTION));
        out.set(out.size() - 1, last.withUtterances(said));
        return out;
    }

    /**
     * Normalised text that ends as a sentence, so FreeTTS pauses after it instead of running into what follows.
     * Blank when nothing speakable is left.
     */
    String sentence(String printed) {
        String s = normalizer.normalize(printed);
        if (s.isEmpty()) {
            return s;
        }
        if (s.endsWith(":") || s.endsWith(";") || s.endsWith(",")) {
            s = s.substring(0, s.length() - 1);
        }
        return s.matches(".*[.?!][\"')]?$") ? s : s + ".";
    }
}
