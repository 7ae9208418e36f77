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

    /** @param threads worker threads (and voices); at most one per section is used */
    public GuideSynthesizer(VoiceSettings settings, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads " + threads);
        }
        this.settings = settings;
        this.threads = threads;
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
        List<SpeechSection> sections = script.sections();
        int workers = Math.min(threads, sections.size());
        String task = script.guideName() + ": audio";
        long total = script.wordCount();
        AtomicLong done = new AtomicLong();
        progress.update(task, 0, total);
        VoicePool voicePool = new VoicePool(workers, voices);
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try {
            List<Future<SectionAudio>> futures = new ArrayList<>();
            for (int i = 0; i < sections.size(); i++) {
                int index = i;
                futures.add(pool.submit(() -> voicePool.withVoice(v -> {
                    SectionAudio a = voice(v, index, sections, workDir, keepPcm);
                    progress.update(task, done.addAndGet(sections.get(index).wordCount()), total);
                    return a;
                })));
            }
            List<SectionAudio> result = new ArrayList<>();
            for (Future<SectionAudio> f : futures) {
                result.add(await(f));
            }
            return new SynthesizedGuide(script, result, workDir);
        } finally {
            stop(pool);
            voicePool.close(); // only once no worker can still be speaking
        }
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
