package org.guidekit.render.audio;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.guidekit.GuidekitVersion;
import org.guidekit.render.speech.DrugNames;
import org.guidekit.render.speech.SpeechSection;
import org.guidekit.render.speech.Utterance;

/**
 * Finished sections kept on disk between builds, keyed by everything that decides their sound (the words,
 * pauses and prosody of the section, whether it opens or ends the guide, the voice and its settings, the pronunciations
 * (the guide's, the clinic's and guidekit's bundled medicine names), the MP3 encoder's settings and guidekit's version). An edit to one paragraph changes one key, so the next build
 * records one section and takes the others from here, byte for byte. Entries are a section's MP3 (and raw samples
 * for WAV) and a small text file with its timings; the folder is trimmed to {@link #MAX_BYTES}, least recently
 * used first. A damaged entry is a miss, never an error.
 */
final class SectionCache {
    /** Room for a few hundred guides' audio. */
    static final long MAX_BYTES = 512L * 1024 * 1024;
    private static final String VERSION = "section-cache 1";

    private final Path folder;

    SectionCache(Path folder) {
        this.folder = folder;
    }

    static String key(SpeechSection section, int index, boolean last, VoiceSettings settings,
                      Map<String, List<String>> pronunciations, boolean keepPcm) {
        StringBuilder b = new StringBuilder(VERSION).append('\n').append(GuidekitVersion.get()).append('\n')
                .append(Mp3Encoder.settings()).append('\n').append(DrugNames.fingerprint()).append('\n')
                .append(section.id()).append('\n').append(section.title()).append('\n')
                .append(index == 0).append(' ').append(last).append(' ').append(keepPcm).append('\n')
                .append(settings.wordsPerMinute()).append(' ').append(settings.pitch().map(String::valueOf)
                        .orElse("-")).append(' ').append(settings.voice()).append('\n');
        new TreeMap<>(pronunciations).forEach((w, p) -> b.append(w).append('=').append(p).append('\n'));
        for (Utterance u : section.utterances()) {
            b.append("u ").append(u.id()).append(' ').append(u.pauseAfterMs()).append(' ').append(u.prosody())
                    .append('\n');
            for (Utterance.Sentence s : u.sentences()) {
                b.append("s ").append(s.id()).append(' ').append(s.text()).append('\n');
            }
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(b.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The section stored under {@code key}, copied into {@code workDir} as the section at its place, or empty. */
    Optional<SectionAudio> get(String key, SpeechSection section, int index, Path workDir) {
        Path meta = folder.resolve(key + ".txt");
        Path mp3 = folder.resolve(key + ".mp3");
        if (!Files.isRegularFile(meta)) {
            return Optional.empty();
        }
        try {
            Meta m = Meta.read(meta);
            String stem = SectionVoicing.fileStem(index, section.id());
            Optional<Path> mp3Copy = m.hasPcm ? Optional.empty() : Optional.of(Files.copy(mp3,
                    workDir.resolve(stem + ".mp3"), StandardCopyOption.REPLACE_EXISTING));
            Optional<Path> pcm = Optional.empty();
            if (m.hasPcm) {
                pcm = Optional.of(Files.copy(folder.resolve(key + ".pcm"), workDir.resolve(stem + ".pcm"),
                        StandardCopyOption.REPLACE_EXISTING));
            }
            FileTime now = FileTime.fromMillis(System.currentTimeMillis());
            Files.setLastModifiedTime(meta, now); // recently used: trimmed last
            return Optional.of(new SectionAudio(index, section, stem, m.rate, m.samples, mp3Copy, m.frames, pcm,
                    m.spans, m.loudness, m.levels));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // damaged or half-deleted: speak it again
        }
    }

    /** Keeps {@code audio} under {@code key}; a failure to keep it only costs speaking it again next time. */
    void put(String key, SectionAudio audio) {
        try {
            Files.createDirectories(folder);
            if (audio.mp3().isPresent()) {
                copyIn(audio.mp3().get(), folder.resolve(key + ".mp3"));
            }
            if (audio.pcm().isPresent()) {
                copyIn(audio.pcm().get(), folder.resolve(key + ".pcm"));
            }
            Path tmp = Files.createTempFile(folder, "." + key, ".part");
            Files.writeString(tmp, Meta.of(audio), StandardCharsets.UTF_8);
            Files.move(tmp, folder.resolve(key + ".txt"), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE); // last: an entry counts only once its timings are there
        } catch (IOException | UncheckedIOException e) {
            // the cache is an optimisation
        }
    }

    private void copyIn(Path from, Path to) throws IOException {
        Path tmp = Files.createTempFile(folder, "." + to.getFileName(), ".part");
        Files.copy(from, tmp, StandardCopyOption.REPLACE_EXISTING);
        Files.move(tmp, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Deletes the least recently used entries until the folder holds at most {@link #MAX_BYTES}. */
    void trim() {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> metas = new ArrayList<>(files.filter(f -> f.toString().endsWith(".txt")).toList());
            metas.sort(Comparator.comparing(SectionCache::modified).reversed());
            long total = 0;
            for (Path meta : metas) {
                String key = meta.getFileName().toString().replace(".txt", "");
                List<Path> entry = List.of(meta, folder.resolve(key + ".mp3"), folder.resolve(key + ".pcm"));
                long size = 0;
                for (Path p : entry) {
                    size += Files.isRegularFile(p) ? Files.size(p) : 0;
                }
                total += size;
                if (total > MAX_BYTES) {
                    for (Path p : entry) {
                        Files.deleteIfExists(p);
                    }
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // trimmed next time
        }
    }

    private static FileTime modified(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    /** A section's timings and measures, one value a line. */
    private record Meta(int rate, long samples, int frames, boolean hasPcm, double loudness, Levels levels,
                        List<UtteranceSpan> spans) {
        static String of(SectionAudio a) {
            StringBuilder b = new StringBuilder(VERSION).append('\n');
            b.append(a.sampleRate()).append(' ').append(a.samples()).append(' ').append(a.mp3Frames()).append(' ')
                    .append(a.pcm().isPresent()).append(' ').append(a.loudness()).append(' ')
                    .append(a.levels().peakDbfs()).append(' ').append(a.levels().clippedSamples()).append(' ')
                    .append(a.levels().wrapJumps()).append('\n');
            for (UtteranceSpan u : a.spans()) {
                b.append("u ").append(enc(u.id())).append(' ').append(enc(u.text())).append(' ').append(u.begin())
                        .append(' ').append(u.end()).append('\n');
                for (UtteranceSpan.SentenceSpan s : u.sentences()) {
                    b.append("s ").append(enc(s.id())).append(' ').append(enc(s.text())).append(' ')
                            .append(s.begin()).append(' ').append(s.end()).append('\n');
                }
            }
            return b.toString();
        }

        static Meta read(Path file) throws IOException {
            try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                if (!VERSION.equals(r.readLine())) {
                    throw new IOException("another cache version");
                }
                String[] h = r.readLine().split(" ");
                List<UtteranceSpan> spans = new ArrayList<>();
                String id = null;
                String text = null;
                long begin = 0;
                long end = 0;
                List<UtteranceSpan.SentenceSpan> sentences = new ArrayList<>();
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    String[] f = line.split(" ");
                    if (f[0].equals("u")) {
                        if (id != null) {
                            spans.add(new UtteranceSpan(id, text, begin, end, sentences));
                        }
                        id = dec(f[1]);
                        text = dec(f[2]);
                        begin = Long.parseLong(f[3]);
                        end = Long.parseLong(f[4]);
                        sentences = new ArrayList<>();
                    } else {
                        sentences.add(new UtteranceSpan.SentenceSpan(dec(f[1]), dec(f[2]), Long.parseLong(f[3]),
                                Long.parseLong(f[4])));
                    }
                }
                if (id != null) {
                    spans.add(new UtteranceSpan(id, text, begin, end, sentences));
                }
                return new Meta(Integer.parseInt(h[0]), Long.parseLong(h[1]), Integer.parseInt(h[2]),
                        Boolean.parseBoolean(h[3]), Double.parseDouble(h[4]),
                        new Levels(Double.parseDouble(h[5]), Integer.parseInt(h[6]), Integer.parseInt(h[7])), spans);
            }
        }

        private static String enc(String s) {
            return URLEncoder.encode(s, StandardCharsets.UTF_8);
        }

        private static String dec(String s) {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        }
    }
}
