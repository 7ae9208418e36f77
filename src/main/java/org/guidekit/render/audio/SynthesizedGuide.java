package org.guidekit.render.audio;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.guidekit.render.AtomicOutput;
import org.guidekit.render.speech.SpeechScript;

/**
 * A guide's audio, synthesised once: per-section MP3s and raw samples in a work folder plus the timing of every
 * utterance; the product of the speech stage that every spoken format reads. The guide's one chaptered MP3
 * ({@link #chapteredMp3()}) is joined once, on first use, and shared by the audio edition, the EPUB and the page;
 * the sections go one per file into the DAISY book ({@link #writeSectionMp3s}), the samples into the WAV
 * ({@link WavWriter}); {@link #close()} deletes the work files.
 */
public final class SynthesizedGuide implements AutoCloseable {
    private final SpeechScript script;
    private final List<SectionAudio> sections;
    private final Path workDir;
    private final SpeechEvents events;
    /** The chaptered MP3, shared with the copies of this product that have the same section MP3s. */
    private final Chaptered chaptered;

    /**
     * @param script   what was said
     * @param sections the audio of each chapter, in order
     * @param workDir  where the section files are
     */
    public SynthesizedGuide(SpeechScript script, List<SectionAudio> sections, Path workDir) {
        this(script, sections, workDir, SpeechEvents.NONE);
    }

    SynthesizedGuide(SpeechScript script, List<SectionAudio> sections, Path workDir, SpeechEvents events) {
        this(script, sections, workDir, events, new Chaptered());
    }

    private SynthesizedGuide(SpeechScript script, List<SectionAudio> sections, Path workDir, SpeechEvents events,
                             Chaptered chaptered) {
        this.script = script;
        this.sections = List.copyOf(sections);
        this.workDir = workDir;
        this.events = events;
        this.chaptered = chaptered;
    }

    /** What was said. */
    public SpeechScript script() {
        return script;
    }

    /** The audio of each chapter, in order. */
    public List<SectionAudio> sections() {
        return sections;
    }

    /** Where the section files are. */
    public Path workDir() {
        return workDir;
    }

    /**
     * The same audio with {@code more} files for its sections (an MP3 or the samples added), in the same work
     * folder; the chaptered MP3 already joined is kept when the section MP3s are the same.
     */
    SynthesizedGuide withSections(List<SectionAudio> more) {
        boolean sameMp3s = sections.stream().map(SectionAudio::mp3).toList()
                .equals(more.stream().map(SectionAudio::mp3).toList());
        return new SynthesizedGuide(script, more, workDir, events, sameMp3s ? chaptered : new Chaptered());
    }

    /** True when every section has its MP3. */
    boolean hasMp3() {
        return sections.stream().allMatch(s -> s.mp3().isPresent());
    }

    /** True when every section kept its raw samples. */
    boolean hasPcm() {
        return sections.stream().allMatch(s -> s.pcm().isPresent());
    }

    /**
     * The guide as one chaptered MP3 ({@link Mp3Writer}) in the work folder, joined on the first call and the same
     * file after: read it or copy it, never change it.
     */
    public Path chapteredMp3() {
        synchronized (chaptered) {
            if (chaptered.file == null) {
                chaptered.file = Mp3Writer.writeChaptered(this, workDir.resolve("chaptered.mp3"));
                events.chapteredMp3(script.guideName());
            }
            return chaptered.file;
        }
    }

    /** The joined MP3, once made. */
    private static final class Chaptered {
        private Path file;
    }

    public int sampleRate() {
        return sections.get(0).sampleRate();
    }

    /** Playing time of the single chaptered MP3 (the sum of the section MP3s). */
    public long mp3Millis() {
        return sections.stream().mapToLong(SectionAudio::mp3Millis).sum();
    }

    /** Playing time of the PCM audio (WAV). */
    public long pcmMillis() {
        return sections.stream().mapToLong(SectionAudio::samples).sum() * 1000 / sampleRate();
    }

    /**
     * Copies each section's MP3 into {@code folder} as {@code <fileStem>.mp3} (flat ASCII names, CBR mono, no
     * tags), atomically, as a DAISY book wants them.
     *
     * @return the files written
     */
    public List<Path> writeSectionMp3s(Path folder) {
        List<Path> written = new ArrayList<>();
        for (SectionAudio s : sections) {
            written.add(AtomicOutput.write(folder.resolve(s.fileStem() + ".mp3"), out -> Files.copy(s.mp3().orElseThrow(), out)));
        }
        return written;
    }

    /** Utterance clips in the per-section MP3s written by {@link #writeSectionMp3s}; times from each file's start. */
    public AudioClipMap clipMapPerSection() {
        return clips(s -> s.fileStem() + ".mp3", false, true, false, false);
    }

    /**
     * Sentence clips in the per-section MP3s written by {@link #writeSectionMp3s}, each carrying the id of the printed
     * sentence it reads (DAISY pars, one per sentence); times from each file's start.
     */
    public AudioClipMap sentenceClipsPerSection() {
        return clips(s -> s.fileStem() + ".mp3", false, true, true, true);
    }

    /** Utterance clips in the single chaptered MP3 called {@code fileName}; times from the file's start. */
    public AudioClipMap clipMapForSingleFile(String fileName) {
        return clips(s -> fileName, true, true, false, false);
    }

    /**
     * Sentence clips in the single chaptered MP3 (captions, or finer DAISY synchronisation): one clip per sentence,
     * carrying the id of its utterance.
     */
    public AudioClipMap sentenceClipsForSingleFile(String fileName) {
        return clips(s -> fileName, true, true, true, false);
    }

    /** Sentence clips in the single WAV file called {@code fileName} (no encoder delay, no frame padding). */
    public AudioClipMap sentenceClipsForWav(String fileName) {
        return clips(s -> fileName, true, false, true, false);
    }

    /** Start of each chapter in the single MP3, in milliseconds; one entry per section. */
    public List<Long> chapterStartsMillis() {
        List<Long> starts = new ArrayList<>();
        long at = 0;
        for (SectionAudio s : sections) {
            starts.add(at);
            at += s.mp3Millis();
        }
        return starts;
    }

    /**
     * @param cumulative times from the start of one file holding all sections (else from each section's start)
     * @param mp3        times in MP3 files: shifted by the decoder delay; sections as long as their frames
     * @param sentences  one clip per sentence instead of per utterance
     * @param sentenceIds sentence clips carry the sentence's id (else their utterance's)
     */
    private AudioClipMap clips(Function<SectionAudio, String> file, boolean cumulative, boolean mp3,
                               boolean sentences, boolean sentenceIds) {
        int delay = mp3 ? Mp3Encoder.DECODER_DELAY_SAMPLES : 0;
        List<AudioClipMap.Clip> clips = new ArrayList<>();
        long offsetSamples = 0;
        for (SectionAudio s : sections) {
            long base = (cumulative ? offsetSamples : 0) + delay;
            for (UtteranceSpan u : s.spans()) {
                if (sentences) {
                    for (UtteranceSpan.SentenceSpan t : u.sentences()) {
                        clips.add(clip(sentenceIds ? t.id() : u.id(), t.text(), file.apply(s), base + t.begin(),
                                base + t.end()));
                    }
                } else {
                    clips.add(clip(u.id(), u.text(), file.apply(s), base + u.begin(), base + u.end()));
                }
            }
            offsetSamples += mp3 ? (long) s.mp3Frames() * Mp3Frames.samplesPerFrame(s.sampleRate()) : s.samples();
        }
        return new AudioClipMap(clips);
    }

    private AudioClipMap.Clip clip(String id, String text, String file, long begin, long end) {
        return new AudioClipMap.Clip(id, text, file, begin * 1000 / sampleRate(), end * 1000 / sampleRate());
    }

    @Override
    public void close() {
        try {
            AtomicOutput.deleteTree(workDir);
        } catch (IOException ignored) {
            // temp files only; the OS cleans its temp folder
        }
    }
}
