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
    }

    /** A synthesizer on the build's shared voices and workers (each voice is prepared for the guide it speaks). */
    GuideSynthesizer(VoiceSettings settings, VoicePool voices, ExecutorService workers, Optional<SectionCache> cache) {
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
     * deletes it with the files in it).
     *
     * @param keepPcm  also keep raw PCM per section (for WAV output)
     * @param progress receives words done / words in all, under the task name "{@code <guide>: audio}"
     * @throws RenderException if the voice fails
     */
    public SynthesizedGuide synthesize(SpeechScript script, Path workDir, boolean keepPcm, Progress progress) {
        return synthesize(script, workDir, keepPcm, progress,
                () -> new FreeTtsSynthesizer(settings, script.pronunciations()));
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
        // Longest sections first, so that no core waits alone on a long last section (results stay in order).
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < sections.size(); i++) {
            order.add(i);
        }
        order.sort(java.util.Comparator.comparingLong((Integer i) -> sections.get(i).wordCount()).reversed());
        List<Future<SectionAudio>> futures = new ArrayList<>(java.util.Collections.nCopies(sections.size(), null));
        for (int index : order) {
            futures.set(index, pool.submit(() -> {
                SectionAudio a = cached(script, index, workDir, keepPcm).orElseGet(() -> voicePool.withVoice(v -> {
                    v.prepare(settings, script.pronunciations());
                    SectionAudio made = voice(v, index, sections, workDir, keepPcm);
                    cache.ifPresent(c -> c.put(key(script, index, keepPcm), made));
                    return made;
                }));
                progress.update(task, done.addAndGet(sections.get(index).wordCount()), total);
                return a;
            }));
        }
        try {
            List<SectionAudio> result = new ArrayList<>();
            for (Future<SectionAudio> f : futures) {
                result.add(await(f));
            }
            return new SynthesizedGuide(script, result, workDir);
        } finally {
            futures.forEach(f -> f.cancel(true)); // after a failure, the guide's other sections stop
        }
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
                                      boolean keepPcm) {
        try {
            return SectionVoicing.voice(v, index, sections.get(index), index == sections.size() - 1, workDir,
                    keepPcm);
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
