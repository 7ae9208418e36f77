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
import java.util.function.Supplier;

import org.guidekit.check.VoiceWords;
import org.guidekit.error.OutputException;
import org.guidekit.model.Guide;
import org.guidekit.model.Voice;
import org.guidekit.render.RenderOptions;
import org.guidekit.render.Progress;
import org.guidekit.render.speech.SpeechScript;

/**
 * The speech stage of one build: makes each guide's speech product once (its script, its synthesis with the
 * timings, raw samples and section MP3s, and its chaptered MP3) and hands it to every renderer that needs it, so
 * the MP3, the WAV, the DAISY book, the EPUB and the page of a guide come from one script and one synthesis, in
 * whatever order they ask. One service per build (created by {@link org.guidekit.library.Renderers#open()}),
 * closed when the build ends; nothing is static.
 *
 * <pre>{@code try (SpeechService.Lease lease = speech.speak(guide, options, false)) {
 *     SynthesizedGuide audio = lease.audio();   // section MP3s, chaptered MP3, clip map, script
 * }}</pre>
 *
 * Entries are keyed by the guide (the object the build read) and what decides the sound (the clinic's
 * pronunciations and the voice settings), and hold only files in a temp folder; the oldest unused one is deleted
 * when the service is full, and all when it is closed (or, for a service never closed, when the JVM exits). A
 * synthesis keeps every section's raw samples, so a WAV asked for after the MP3 is written from them; the MP3 of
 * a synthesis made for a WAV alone is encoded from them when asked for.
 */
public final class SpeechService implements AutoCloseable {

    /** The guide by identity: a build reads each guide once, and hashing a whole guide costs more than it saves. */
    private record Key(Same guide, Map<String, String> sharedPronunciations, VoiceSettings settings) {
    }

    private static final class Same {
        private final Guide guide;

        Same(Guide guide) {
            this.guide = guide;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Same s && s.guide == guide;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(guide);
        }
    }

    private static final class Entry {
        /** The first synthesis, made by the first renderer to ask. */
        final CompletableFuture<SynthesizedGuide> audio = new CompletableFuture<>();
        /** The product now: the first synthesis with the MP3 or samples added since (guarded by this entry). */
        SynthesizedGuide current;
        int users;
        boolean evicted;
        /** The samples went into the section cache (a WAV was made). */
        boolean samplesKept;
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
    /** One pool per voice the build speaks with (FreeTTS's made as before; espeak-ng's are cheap, one process a call). */
    private final Map<Voice, VoicePool> voices = new LinkedHashMap<>();
    private ExecutorService workers;
    private boolean warming;
    /** The script the speech preflight and this session's speech verifier last built (check asks both). */
    private final LastScript lastScript = new LastScript();
    /** Where finished sections are kept between builds, if anywhere. */
    private final Optional<SectionCache> sectionCache;
    private final SpeechEvents events;

    /** A service for one build, keeping as many guides' audio as two renderers per core can be using. */
    public SpeechService() {
        this(Optional.empty());
    }

    /**
     * A service that keeps each finished section in {@code cacheFolder} and reuses it when a later build says the
     * same words with the same voice, so an edit to one paragraph re-records one section.
     */
    public SpeechService(Optional<Path> cacheFolder) {
        this(Math.max(2, 2 * Runtime.getRuntime().availableProcessors()), cacheFolder.map(SectionCache::new),
                SpeechEvents.NONE);
    }

    SpeechService(int capacity) {
        this(capacity, Optional.empty(), SpeechEvents.NONE);
    }

    /** A service that tells {@code events} what it does (the tests that count a build's work). */
    SpeechService(SpeechEvents events) {
        this(Math.max(2, 2 * Runtime.getRuntime().availableProcessors()), Optional.empty(), events);
    }

    /** A service keeping finished sections in {@code cacheFolder}, telling {@code events} what it does. */
    SpeechService(Path cacheFolder, SpeechEvents events) {
        this(Math.max(2, 2 * Runtime.getRuntime().availableProcessors()), Optional.of(new SectionCache(cacheFolder)),
                events);
    }

    private SpeechService(int capacity, Optional<SectionCache> sectionCache, SpeechEvents events) {
        this.capacity = capacity;
        this.sectionCache = sectionCache;
        this.events = events;
        Runtime.getRuntime().addShutdownHook(cleanupAtExit);
    }

    private synchronized GuideSynthesizer synthesizer(VoiceSettings settings) {
        return new GuideSynthesizer(settings, voices(settings.voice()), workers, sectionCache, events);
    }

    /** The pool of {@code voice}, made on first use (and the build's workers with the first pool). */
    private synchronized VoicePool voices(Voice voice) {
        if (workers == null) {
            workers = Executors.newFixedThreadPool(cores, r -> {
                Thread t = new Thread(r, "guidekit-voice");
                t.setDaemon(true);
                return t;
            });
        }
        return voices.computeIfAbsent(voice, v -> {
            // Made with any settings: every use prepares the voice for the guide it speaks (GuideSynthesizer).
            VoiceSettings any = VoiceSettings.from(RenderOptions.defaults(), v);
            return new VoicePool(cores, () -> GuideSynthesizer.voice(any, Map.of()));
        });
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
                voices(Voice.FREETTS).fill();
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
     * @param wav the raw samples are wanted (the WAV); otherwise the MP3s
     * @throws org.guidekit.error.RenderException when no voice speaks the guide's language, or its engine is not
     *                                            installed
     */
    public Lease speak(Guide guide, RenderOptions options, boolean wav) {
        SpokenGuide.check(guide);
        Map<String, String> shared = options.sharedPronunciations();
        return lease(new Key(new Same(guide), shared, VoiceSettings.from(options, SpokenGuide.voice(guide))),
                () -> lastScript.of(guide, shared, () -> events.scriptBuilt(guide.name())), wav, options.progress());
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
                voices.values().forEach(VoicePool::close);
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

    /** The guide's audio, synthesised now or taken from an earlier renderer, with what {@code wav} needs. */
    private Lease lease(Key key, Supplier<SpeechScript> script, boolean wav, Progress progress) {
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
            synthesize(key, entry, script, wav, progress);
        }
        try {
            entry.audio.get();
            return new Lease(entry, complete(key, entry, wav));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            release(entry);
            throw new IllegalStateException("interrupted while waiting for audio", e);
        } catch (ExecutionException e) {
            release(entry);
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (RuntimeException | Error e) {
            release(entry);
            throw e;
        }
    }

    /**
     * The entry's product with what this renderer needs: the MP3s encoded from the kept samples (the first
     * synthesis was for a WAV), or the samples of sections the section cache gave as MP3s only.
     */
    private SynthesizedGuide complete(Key key, Entry entry, boolean wav) {
        synchronized (entry) {
            SynthesizedGuide audio = entry.current;
            // With a section cache, a WAV's samples are kept there too (as a build of the WAV alone keeps them),
            // so that the next build that re-makes only the WAV finds them.
            boolean keepSamples = wav && sectionCache.isPresent() && !entry.samplesKept;
            if (keepSamples || (wav ? !audio.hasPcm() : !audio.hasMp3())) {
                entry.samplesKept |= wav;
                GuideSynthesizer synthesizer = synthesizer(key.settings());
                audio = wav ? synthesizer.withPcm(audio) : synthesizer.withMp3(audio);
                entry.current = audio;
            }
            return audio;
        }
    }

    private void synthesize(Key key, Entry entry, Supplier<SpeechScript> script, boolean wav, Progress progress) {
        Path work = null;
        try {
            SpeechScript said = script.get();
            work = Files.createTempDirectory("guidekit-audio-");
            running.add(work);
            GuideSynthesizer synthesizer = synthesizer(key.settings());
            SynthesizedGuide audio = synthesizer.synthesize(said, work, wav, progress);
            synchronized (entry) {
                entry.current = audio;
                entry.samplesKept = wav; // a synthesis for a WAV keeps its samples in the section cache itself
            }
            entry.audio.complete(audio);
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
            e.audio.join().close(); // the work folder, which the products made from it share
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
