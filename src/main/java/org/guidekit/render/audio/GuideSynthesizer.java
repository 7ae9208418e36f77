package org.guidekit.render.audio;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.Optional;
import java.util.function.Supplier;

import org.guidekit.error.GuidekitException;
import org.guidekit.error.OutputException;
import org.guidekit.error.RenderException;
import org.guidekit.model.Voice;
import org.guidekit.render.Progress;
import org.guidekit.render.speech.SpeechScript;
import org.guidekit.render.speech.SpeechSection;

/**
 * Voices a whole {@link SpeechScript} once, sections in parallel across cores, one voice per thread. Each section
 * is levelled and encoded by the thread that spoke it (encoding is the slow part), then left on disk, so memory
 * holds at most one section's samples per thread. The result is the same bytes whatever the thread count.
 *
 * <pre>{@code
 * try (SynthesizedGuide audio = new GuideSynthesizer(VoiceSettings.from(options), 4)
 *         .synthesize(script, workDir, false, options.progress())) {
 *     audio.writeSectionMp3s(bookDir);                 // DAISY: one MP3 per section
 *     AudioClipMap clips = audio.clipMapPerSection();  // id -> file, begin, end
 * }
 * }</pre>
 */
public final class GuideSynthesizer {
    private final VoiceSettings settings;
    private final int threads;
    /** The build's voices and workers, shared by every guide; empty: this synthesizer makes and ends its own. */
    private final VoicePool sharedVoices;
    private final ExecutorService sharedWorkers;
    private final Optional<SectionCache> cache;
    /** Told of each synthesis, voicing and encoding (the tests that count a build's work listen). */
    private final SpeechEvents events;

    /** @param threads worker threads (and voices); at most one per section is used */
    public GuideSynthesizer(VoiceSettings settings, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads " + threads);
        }
        this.settings = settings;
        this.threads = threads;
        this.sharedVoices = null;
        this.sharedWorkers = null;
        this.cache = Optional.empty();
        this.events = SpeechEvents.NONE;
    }

    /** A synthesizer on the build's shared voices and workers (each voice is prepared for the guide it speaks). */
    GuideSynthesizer(VoiceSettings settings, VoicePool voices, ExecutorService workers, Optional<SectionCache> cache) {
        this(settings, voices, workers, cache, SpeechEvents.NONE);
    }

    GuideSynthesizer(VoiceSettings settings, VoicePool voices, ExecutorService workers, Optional<SectionCache> cache,
                     SpeechEvents events) {
        this.events = events;
        this.settings = settings;
        this.threads = 0;
        this.sharedVoices = voices;
        this.sharedWorkers = workers;
        this.cache = cache;
    }

    /** One thread per core. */
    public static GuideSynthesizer forThisMachine(VoiceSettings settings) {
        return new GuideSynthesizer(settings, Runtime.getRuntime().availableProcessors());
    }

    /**
     * Synthesises {@code script} into {@code workDir} (an empty folder given to the result: closing the result
     * deletes it with the files in it). Every section keeps its raw samples, so a WAV can follow an MP3 without a
     * second synthesis.
     *
     * @param keepPcm  the raw samples are what is wanted (WAV output): no MP3 is encoded (see
     *                 {@link #withMp3} for one wanted later)
     * @param progress receives words done / words in all, under the task name "{@code <guide>: audio}"
     * @throws RenderException if the voice fails
     */
    public SynthesizedGuide synthesize(SpeechScript script, Path workDir, boolean keepPcm, Progress progress) {
        return synthesize(script, workDir, keepPcm, progress, () -> voice(settings, script.pronunciations()));
    }

    /** A new voice of {@code settings}' engine: FreeTTS's with the pronunciations, or espeak-ng's program. */
    static Synthesizer voice(VoiceSettings settings, java.util.Map<String, List<String>> pronunciations) {
        return settings.voice().engine() == Voice.Engine.FREETTS
                ? new FreeTtsSynthesizer(settings, pronunciations)
                : new EspeakNgSynthesizer(EspeakNgProgram.configured(), settings);
    }

    SynthesizedGuide synthesize(SpeechScript script, Path workDir, boolean keepPcm, Progress progress,
                                Supplier<Synthesizer> voices) {
        if (sharedVoices != null) {
            return synthesize(script, workDir, keepPcm, progress, sharedVoices, sharedWorkers);
        }
        int workers = Math.min(threads, script.sections().size());
        VoicePool voicePool = new VoicePool(workers, voices);
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try {
            return synthesize(script, workDir, keepPcm, progress, voicePool, pool);
        } finally {
            stop(pool);
            voicePool.close(); // only once no worker can still be speaking
        }
    }

    private SynthesizedGuide synthesize(SpeechScript script, Path workDir, boolean keepPcm, Progress progress,
                                        VoicePool voicePool, ExecutorService pool) {
        List<SpeechSection> sections = script.sections();
        String task = script.guideName() + ": audio";
        long total = script.wordCount();
        AtomicLong done = new AtomicLong();
        progress.update(task, 0, total);
        events.synthesised(script.guideName());
        List<SectionAudio> result = inParallel(pool, sections, index -> {
            SectionAudio a = cached(script, index, workDir, keepPcm)
                    .orElseGet(() -> voice(script, index, workDir, !keepPcm, voicePool));
            progress.update(task, done.addAndGet(sections.get(index).wordCount()), total);
            return a;
        });
        return new SynthesizedGuide(script, result, workDir, events);
    }

    /**
     * {@code audio} with an MP3 for every section, encoded from the samples it kept (those that have one are
     * left as they are): the audio a WAV was made from, wanted as an MP3 too, without a second synthesis. Only on
     * the build's shared voices and workers ({@link SpeechService}).
     */
    SynthesizedGuide withMp3(SynthesizedGuide audio) {
        SpeechScript script = audio.script();
        List<SectionAudio> sections = inParallel(sharedWorkers, script.sections(), index -> {
            SectionAudio s = audio.sections().get(index);
            if (s.mp3().isPresent()) {
                return s;
            }
            Optional<SectionAudio> kept = cached(script, index, audio.workDir(), false);
            if (kept.isPresent()) {
                return withSamples(kept.get(), s.pcm());
            }
            events.sectionEncoded(script.guideName(), s.fileStem());
            SectionAudio encoded = SectionVoicing.encode(s, audio.workDir());
            cache.ifPresent(c -> c.put(key(script, index, false), only(encoded, true)));
            return encoded;
        });
        return audio.withSections(sections);
    }

    /**
     * {@code audio} with the raw samples of every section: a section taken from the section cache as an MP3
     * only is spoken again for them (the others already kept theirs). Only on the build's shared voices and
     * workers ({@link SpeechService}).
     */
    SynthesizedGuide withPcm(SynthesizedGuide audio) {
        SpeechScript script = audio.script();
        List<SectionAudio> sections = inParallel(sharedWorkers, script.sections(), index -> {
            SectionAudio s = audio.sections().get(index);
            if (s.pcm().isPresent()) {
                cache.ifPresent(c -> c.put(key(script, index, true), only(s, false))); // the next WAV build
                return s;
            }
            SectionAudio samples = cached(script, index, audio.workDir(), true)
                    .orElseGet(() -> voice(script, index, audio.workDir(), false, sharedVoices));
            return withSamples(s, samples.pcm());
        });
        return audio.withSections(sections);
    }

    private static SectionAudio withSamples(SectionAudio s, Optional<Path> pcm) {
        return new SectionAudio(s.index(), s.section(), s.fileStem(), s.sampleRate(), s.samples(), s.mp3(),
                s.mp3Frames(), pcm, s.spans(), s.loudness(), s.levels());
    }

    /** The section with only its MP3 or only its samples, as the section cache keeps them (by what was asked). */
    private static SectionAudio only(SectionAudio s, boolean mp3) {
        return new SectionAudio(s.index(), s.section(), s.fileStem(), s.sampleRate(), s.samples(),
                mp3 ? s.mp3() : Optional.empty(), mp3 ? s.mp3Frames() : 0, mp3 ? Optional.empty() : s.pcm(),
                s.spans(), s.loudness(), s.levels());
    }

    private SectionAudio voice(SpeechScript script, int index, Path workDir, boolean mp3, VoicePool voicePool) {
        return voicePool.withVoice(v -> {
            v.prepare(settings, script.pronunciations());
            events.sectionVoiced(script.guideName(), script.sections().get(index).id());
            SectionAudio made = voice(v, index, script.sections(), workDir, mp3);
            cache.ifPresent(c -> c.put(key(script, index, !mp3), only(made, mp3)));
            return made;
        });
    }

    /**
     * Work for each section, on {@code pool}: longest sections first, so that no core waits alone on a long last
     * section; results in order.
     */
    private static List<SectionAudio> inParallel(ExecutorService pool, List<SpeechSection> sections,
                                                 SectionTask task) {
        int count = sections.size();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            order.add(i);
        }
        order.sort(java.util.Comparator.comparingLong((Integer i) -> sections.get(i).wordCount()).reversed());
        List<Future<SectionAudio>> futures = new ArrayList<>(java.util.Collections.nCopies(count, null));
        for (int index : order) {
            futures.set(index, pool.submit(() -> {
                try {
                    return task.run(index);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }));
        }
        try {
            List<SectionAudio> result = new ArrayList<>();
            for (Future<SectionAudio> f : futures) {
                result.add(await(f));
            }
            return result;
        } finally {
            futures.forEach(f -> f.cancel(true)); // after a failure, the guide's other sections stop
        }
    }

    /** The work on one section. */
    private interface SectionTask {
        SectionAudio run(int index) throws IOException;
    }

    private Optional<SectionAudio> cached(SpeechScript script, int index, Path workDir, boolean keepPcm) {
        return cache.flatMap(c -> c.get(key(script, index, keepPcm), script.sections().get(index), index, workDir));
    }

    /** What decides a section's sound: its words and pauses, its place (lead-in, ending), voice and settings. */
    private String key(SpeechScript script, int index, boolean keepPcm) {
        return SectionCache.key(script.sections().get(index), index, index == script.sections().size() - 1,
                settings, script.pronunciations(), keepPcm);
    }

    private static void stop(ExecutorService pool) {
        pool.shutdownNow();
        try {
            pool.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static SectionAudio voice(Synthesizer v, int index, List<SpeechSection> sections, Path workDir,
                                      boolean mp3) {
        try {
            return SectionVoicing.voice(v, index, sections.get(index), index == sections.size() - 1, workDir,
                    mp3);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SectionAudio await(Future<SectionAudio> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RenderException("interrupted while synthesising", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof GuidekitException g) {
                throw g;
            }
            if (cause instanceof UncheckedIOException io) {
                throw new OutputException("cannot write audio (" + io.getCause().getMessage() + ")", io.getCause());
            }
            throw new RenderException("synthesis failed (" + cause + ")", cause);
        }
    }
}
