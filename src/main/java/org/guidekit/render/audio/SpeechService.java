package org.guidekit.render.audio;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.Optional;

import org.guidekit.check.VoiceWords;
import org.guidekit.error.OutputException;
import org.guidekit.model.Guide;
import org.guidekit.render.RenderOptions;
import org.guidekit.render.Progress;
import org.guidekit.render.speech.SpeechScript;
import org.guidekit.render.speech.SpeechScriptBuilder;

/**
 * The speech stage of one build: speaks each guide once and hands the result to every renderer that needs it,
 * so the MP3 and the DAISY book of a guide come from one synthesis. One service per build (created by
 * {@link org.guidekit.library.Renderers#open()}), closed when the build ends; nothing is static.
 *
 * <pre>{@code try (SpeechService.Lease lease = speech.speak(guide, options, false)) {
 *     SynthesizedGuide audio = lease.audio();   // section MP3s, clip map, script
 * }}</pre>
 *
 * Entries are keyed by what decides the sound (the speech script and the voice settings) and hold only files in a
 * temp folder; the oldest unused one is deleted when the service is full, and all when it is closed (or, for a
 * service never closed, when the JVM exits).
 */
public final class SpeechService implements AutoCloseable {

    private record Key(SpeechScript script, VoiceSettings settings, boolean keepPcm) {
    }

    private static final class Entry {
        final CompletableFuture<SynthesizedGuide> audio = new CompletableFuture<>();
        int users;
        boolean evicted;
    }

    private final int capacity;
    private final Map<Key, Entry> entries = new LinkedHashMap<>(16, 0.75f, true);
    /** Work folders of syntheses still running, which no entry owns yet; deleted too if the JVM exits. */
    private final java.util.Set<Path> running = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private final Thread cleanupAtExit = new Thread(this::clear, "guidekit-audio-cleanup");
    /**
     * One voice and one worker per core for the whole build, whatever the number of guides at once: a voice takes
     * a second to load, and more busy threads than cores only add switching (issue 13). Made on first use.
     */
    private final int cores = Runtime.getRuntime().availableProcessors();
    private VoicePool voices;
    private ExecutorService workers;
    private boolean warming;
    /** The script the speech preflight and this session's speech verifier last built (check asks both). */
    private final LastScript lastScript = new LastScript();
    /** Where finished sections are kept between builds, if anywhere. */
    private final Optional<SectionCache> sectionCache;

    /** A service for one build, keeping as many guides' audio as two renderers per core can be using. */
    public SpeechService() {
        this(Optional.empty());
    }

    /**
     * A service that keeps each finished section in {@code cacheFolder} and reuses it when a later build says the
     * same words with the same voice, so an edit to one paragraph re-records one section.
     */
    public SpeechService(Optional<Path> cacheFolder) {
        this(Math.max(2, 2 * Runtime.getRuntime().availableProcessors()), cacheFolder.map(SectionCache::new));
    }

    SpeechService(int capacity) {
        this(capacity, Optional.empty());
    }

    private SpeechService(int capacity, Optional<SectionCache> sectionCache) {
        this.capacity = capacity;
        this.sectionCache = sectionCache;
        Runtime.getRuntime().addShutdownHook(cleanupAtExit);
    }

    private synchronized GuideSynthesizer synthesizer(VoiceSettings settings) {
        return new GuideSynthesizer(settings, voices(), workers, sectionCache);
    }

    private synchronized VoicePool voices() {
        if (voices == null) {
            // Made with any settings: every use prepares the voice for the guide it speaks (GuideSynthesizer).
            VoiceSettings any = VoiceSettings.from(RenderOptions.defaults());
            voices = new VoicePool(cores, () -> new FreeTtsSynthesizer(any, Map.of()));
            workers = Executors.newFixedThreadPool(cores, r -> {
                Thread t = new Thread(r, "guidekit-voice");
                t.setDaemon(true);
                return t;
            });
        }
        return voices;
    }

    /**
     * Starts loading the build's voices on a background thread (once), so that they are ready when the first
     * guide has been read and checked: in a one-guide run the voices otherwise load one after the other after the
     * speech script is built, with a core idle (issue 13). A failure here is left for the first synthesis to
     * report.
     */
    public void warmUp() {
        synchronized (this) {
            if (warming) {
                return;
            }
            warming = true;
        }
        Thread t = new Thread(() -> {
            try {
                voices().fill();
            } catch (RuntimeException | LinkageError e) {
                // the first guide that needs a voice meets the same problem and reports it with its file
            }
        }, "guidekit-voice-warm-up");
        t.setDaemon(true);
        t.start();
    }

    /**
     * The guide's audio, synthesised now or taken from an earlier renderer of the same build.
     *
     * @param keepPcm also keep raw samples (WAV output)
     * @throws org.guidekit.error.RenderException when the guide is not in English, the only language the voice
     *                                            speaks
     */
    public Lease speak(Guide guide, RenderOptions options, boolean keepPcm) {
        SpokenGuide.checkEnglish(guide);
        var script = new SpeechScriptBuilder(FreeTtsLexicon.instance()::knows).build(guide, options.sharedPronunciations());
        return lease(script, VoiceSettings.from(options), keepPcm, options.progress());
    }

    /**
     * What synthesis would refuse, without synthesising: the voice speaks the guide's language and its speech
     * script can be built (the script is kept for this session's {@link #voiceWords()}).
     *
     * @throws org.guidekit.error.GuidekitException the first problem synthesis would stop at
     */
    public void preflight(Guide guide, RenderOptions options) {
        SpeechPreflight.check(guide, options, lastScript);
    }

    /** The speech verifier's words, sharing this session's last speech script with {@link #preflight}. */
    public VoiceWords voiceWords() {
        return new SessionVoiceWords(lastScript);
    }

    /** Deletes every synthesis this build made and lets the voices go. */
    @Override
    public void close() {
        clear();
        synchronized (this) {
            if (workers != null) {
                workers.shutdownNow();
                voices.close();
            }
        }
        sectionCache.ifPresent(SectionCache::trim);
        try {
            Runtime.getRuntime().removeShutdownHook(cleanupAtExit);
        } catch (IllegalStateException e) {
            // the JVM is already exiting, and the hook does the same
        }
    }

    /** The use of one synthesis; close it when done with the audio. */
    public final class Lease implements AutoCloseable {
        private final Entry entry;
        private final SynthesizedGuide audio;

        private Lease(Entry entry, SynthesizedGuide audio) {
            this.entry = entry;
            this.audio = audio;
        }

        public SynthesizedGuide audio() {
            return audio;
        }

        @Override
        public void close() {
            release(entry);
        }
    }

    /** The audio of {@code script}, synthesised now or taken from an earlier renderer. */
    Lease lease(SpeechScript script, VoiceSettings settings, boolean keepPcm, Progress progress) {
        Key key = new Key(script, settings, keepPcm);
        Entry entry;
        boolean mine;
        synchronized (this) {
            entry = entries.get(key);
            mine = entry == null;
            if (mine) {
                entry = new Entry();
                entries.put(key, entry);
                evict();
            }
            entry.users++;
        }
        if (mine) {
            synthesize(key, entry, progress);
        }
        try {
            return new Lease(entry, entry.audio.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            release(entry);
            throw new IllegalStateException("interrupted while waiting for audio", e);
        } catch (ExecutionException e) {
            release(entry);
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    private void synthesize(Key key, Entry entry, Progress progress) {
        Path work = null;
        try {
            work = Files.createTempDirectory("guidekit-audio-");
            running.add(work);
            GuideSynthesizer synthesizer = synthesizer(key.settings());
            entry.audio.complete(synthesizer.synthesize(key.script(), work, key.keepPcm(), progress));
            running.remove(work);
        } catch (IOException e) {
            fail(key, entry, new OutputException("cannot create a temporary folder for audio (" + e.getMessage()
                    + ")", e), work);
        } catch (RuntimeException | Error e) {
            fail(key, entry, e, work);
        }
    }

    private void fail(Key key, Entry entry, Throwable e, Path work) {
        synchronized (this) {
            entries.remove(key, entry);
        }
        if (work != null) {
            running.remove(work);
        }
        deleteQuietly(work); // no result owns the folder when synthesis failed
        entry.audio.completeExceptionally(e);
    }

    private synchronized void release(Entry entry) {
        entry.users--;
        if (entry.evicted && entry.users == 0) {
            closeQuietly(entry);
        }
    }

    /** Drops the least recently used entries beyond capacity; one still in use is deleted when released. */
    private void evict() {
        Iterator<Map.Entry<Key, Entry>> it = entries.entrySet().iterator();
        while (entries.size() > capacity && it.hasNext()) {
            Entry e = it.next().getValue();
            it.remove();
            e.evicted = true;
            if (e.users == 0) {
                closeQuietly(e);
            }
        }
    }

    /** Deletes every cached synthesis, and the work folders of those still running (at JVM exit). */
    synchronized void clear() {
        List<Entry> all = new ArrayList<>(entries.values());
        entries.clear();
        all.forEach(SpeechService::closeQuietly);
        running.forEach(SpeechService::deleteQuietly);
    }

    synchronized int size() {
        return entries.size();
    }

    private static void closeQuietly(Entry e) {
        if (e.audio.isDone() && !e.audio.isCompletedExceptionally()) {
            e.audio.join().close();
        }
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try {
            org.guidekit.render.AtomicOutput.deleteTree(folder);
        } catch (IOException ignored) {
            // a temp folder; the OS cleans it up
        }
    }
}
