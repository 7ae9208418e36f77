package org.guidekit.render.audio;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.guidekit.error.RenderException;

/**
 * The {@code espeak-ng} program as a voice: one sentence at a time, so that every sentence keeps its exact timing
 * (the program has no word timings on its command line). The text goes in on standard input (UTF-8, so no quoting
 * and no text mistaken for an option), the WAV comes back on standard output and is read into 16-bit samples: no
 * temporary file, no network. Each utterance has a time limit, after which the process is destroyed.
 *
 * <p>Not yet wired into the build (so package-private for now): it is the adapter the speech-engine seam of issue 27 will choose for Spanish.
 * Thread-safe: each call runs its own process.
 */
final class EspeakNgProgram {
    /** The program's name on the search path. */
    public static final String NAME = "espeak-ng";
    /** How to get the program, for the error when it is missing. */
    static final String INSTALL = "install espeak-ng (Debian and Ubuntu: sudo apt-get install espeak-ng; macOS: "
            + "brew install espeak-ng; Windows: the installer from https://github.com/espeak-ng/espeak-ng/releases)";
    /** The default time one sentence may take; espeak-ng says a long sentence in well under a second. */
    public static final Duration DEFAULT_LIMIT = Duration.ofSeconds(30);

    /**
     * What the program said.
     *
     * @param samples    16-bit mono samples
     * @param sampleRate samples per second (22,050 for espeak-ng's voices)
     */
    public record Speech(short[] samples, int sampleRate) {
        /** The length in milliseconds. */
        public long millis() {
            return samples.length * 1000L / sampleRate;
        }
    }

    private final Path program;
    private final Duration limit;

    /**
     * @param program the program to run: {@link #NAME} to find it on the search path, or a full path
     * @param limit   how long one sentence may take before its process is destroyed
     */
    public EspeakNgProgram(Path program, Duration limit) {
        if (limit.isNegative() || limit.isZero()) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
        this.program = program;
        this.limit = limit;
    }

    /**
     * The system property naming the program (a full path) instead of the search path: for a copy outside
     * {@code PATH}, and for the tests that show what a build without espeak-ng does.
     */
    static final String PROGRAM_PROPERTY = "guidekit.espeak-ng";

    /** The program {@link #PROGRAM_PROPERTY} names, else the one on the search path; {@link #DEFAULT_LIMIT}. */
    static EspeakNgProgram configured() {
        String named = System.getProperty(PROGRAM_PROPERTY);
        return named == null || named.isBlank() ? onPath() : new EspeakNgProgram(Path.of(named), DEFAULT_LIMIT);
    }

    /** The program on the search path, with {@link #DEFAULT_LIMIT}. */
    public static EspeakNgProgram onPath() {
        return new EspeakNgProgram(Path.of(NAME), DEFAULT_LIMIT);
    }

    /** Where the program is: the given path if it is a file, else the first match on {@code PATH}. */
    public Optional<Path> location() {
        if (program.getNameCount() > 1 || program.isAbsolute()) {
            return Files.isExecutable(program) ? Optional.of(program) : Optional.empty();
        }
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
        for (String dir : path.split(java.io.File.pathSeparator)) {
            for (String name : List.of(program.toString(), program + ".exe")) {
                Path candidate = Path.of(dir.isEmpty() ? "." : dir).resolve(name);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    /** Whether the program can be run here. */
    public boolean installed() {
        return location().isPresent();
    }

    /**
     * Says one sentence.
     *
     * @param sentence       the words to say (already normalised)
     * @param voice          an espeak-ng voice, e.g. {@code es-419}, {@code es}, {@code en-us}
     * @param wordsPerMinute 80 to 450 (espeak-ng's own default is 175)
     * @param pitch          0 to 99 (default 50)
     * @throws RenderException if the program is missing, fails, takes longer than the limit or writes no audio
     */
    public Speech say(String sentence, String voice, int wordsPerMinute, int pitch) {
        if (wordsPerMinute < 80 || wordsPerMinute > 450) {
            throw new IllegalArgumentException("words per minute must be 80 to 450: " + wordsPerMinute);
        }
        if (pitch < 0 || pitch > 99) {
            throw new IllegalArgumentException("pitch must be 0 to 99: " + pitch);
        }
        if (!voice.matches("[A-Za-z0-9_+-]+")) {
            throw new IllegalArgumentException("not an espeak-ng voice name: \"" + voice + "\"");
        }
        Path exe = location().orElseThrow(() -> new RenderException("the speech program " + NAME
                + " was not found (" + program + "); " + INSTALL));
        Process process;
        try {
            process = new ProcessBuilder(exe.toString(), "-b", "1", "-v", voice, "-s",
                    String.valueOf(wordsPerMinute), "-p", String.valueOf(pitch), "--stdout").start();
        } catch (IOException e) {
            throw new RenderException("cannot run " + exe + ": " + e.getMessage() + "; " + INSTALL, e);
        }
        try {
            Drain out = new Drain(process.getInputStream());
            Drain err = new Drain(process.getErrorStream());
            try (OutputStream in = process.getOutputStream()) {
                in.write(sentence.getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                // The program ended before reading its text: its exit code and message say why, below.
            }
            if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new RenderException(NAME + " did not finish saying a sentence within " + limit.toSeconds()
                        + " s and was stopped: \"" + shorten(sentence) + "\"");
            }
            byte[] wav = out.bytes();
            String message = new String(err.bytes(), StandardCharsets.UTF_8).strip();
            if (process.exitValue() != 0) {
                throw new RenderException(NAME + " failed (exit code " + process.exitValue() + ") with voice "
                        + voice + (message.isEmpty() ? "" : ": " + message) + "; check that the voice exists "
                        + "(espeak-ng --voices lists them)");
            }
            return wav(wav, sentence);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RenderException("interrupted while " + NAME + " was speaking", e);
        } finally {
            process.destroyForcibly();
        }
    }

    /**
     * The samples of a WAV file as espeak-ng streams it: RIFF chunks, PCM 16-bit mono; the sizes in the header
     * are placeholders when it writes to a pipe, so the data runs to the end of the stream.
     */
    static Speech wav(byte[] wav, String sentence) {
        ByteBuffer b = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);
        if (wav.length < 12 || b.getInt(0) != 0x46464952 || b.getInt(8) != 0x45564157) { // "RIFF", "WAVE"
            throw new RenderException(NAME + " wrote no WAV audio for \"" + shorten(sentence) + "\"");
        }
        int at = 12;
        int rate = 0;
        while (at + 8 <= wav.length) {
            int id = b.getInt(at);
            long size = Integer.toUnsignedLong(b.getInt(at + 4));
            if (id == 0x20746d66) { // "fmt "
                int format = b.getShort(at + 8);
                int channels = b.getShort(at + 10);
                rate = b.getInt(at + 12);
                int bits = b.getShort(at + 22);
                if (format != 1 || channels != 1 || bits != 16) {
                    throw new RenderException(NAME + " wrote audio guidekit cannot read (format " + format + ", "
                            + channels + " channels, " + bits + " bits); 16-bit mono PCM was expected");
                }
            } else if (id == 0x61746164) { // "data"
                if (rate == 0) {
                    break;
                }
                int start = at + 8;
                int bytes = (int) Math.min(size, wav.length - start) & ~1;
                short[] samples = new short[bytes / 2];
                b.position(start);
                b.asShortBuffer().get(samples);
                return new Speech(samples, rate);
            }
            at += 8 + (int) Math.min(size + (size & 1), wav.length);
        }
        throw new RenderException(NAME + " wrote a WAV without audio data for \"" + shorten(sentence) + "\"");
    }

    private static String shorten(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }

    /** Reads a stream to its end on its own thread, so neither pipe fills up and stalls the program. */
    private static final class Drain {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final Thread thread;

        Drain(InputStream in) {
            thread = new Thread(() -> {
                try (in) {
                    in.transferTo(bytes);
                } catch (IOException e) {
                    // The process was destroyed: what was read so far is all there is.
                }
            }, NAME + " output");
            thread.setDaemon(true);
            thread.start();
        }

        byte[] bytes() throws InterruptedException {
            thread.join();
            synchronized (bytes) {
                return bytes.toByteArray();
            }
        }
    }
}
