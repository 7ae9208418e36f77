package org.guidekit.render.daisy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs Debian's {@code daisy-player} (a console DAISY 2.02 player) on a book with no sound card and no terminal,
 * and returns what it played. The recipe:
 * <ul>
 *   <li>an {@code LD_PRELOAD} shim ({@code daisy-player/headless-sound.c}, compiled here with gcc) gives it the
 *       {@code /proc/asound/cards} it insists on and keeps its bookmarks in a temporary home;</li>
 *   <li>an {@code .asoundrc} routes ALSA's default device to the {@code file} plugin over the {@code null} device, so
 *       every clip the player plays becomes a WAV file ({@code played.wav}, {@code played.wav.0001}, ...: the player
 *       plays each SMIL par in a child process, and the plugin never overwrites);</li>
 *   <li>{@code tmux} on a socket in the test's folder is its terminal: Enter picks the sound device, Enter starts playback. With
 *       no real device the audio is consumed at once, so the whole book plays in seconds and the player quits at
 *       its end.</li>
 * </ul>
 */
final class HeadlessDaisyPlayer {
    private static final long TIMEOUT_MS = 90_000;
    private final Path work;
    private final String socket;

    HeadlessDaisyPlayer(Path work) {
        this.work = work;
        this.socket = work.resolve("tmux.sock").toString(); // private, and deleted with the test's folder
    }

    /** Why the player cannot run here, or empty. */
    static Optional<String> missing() {
        for (String tool : List.of("daisy-player", "tmux", "gcc")) {
            if (!onPath(tool)) {
                return Optional.of(tool + " is not installed (apt-get install -y daisy-player tmux gcc; .ci/run "
                        + "does this)");
            }
        }
        return Optional.empty();
    }

    /**
     * What the player did.
     *
     * @param listing the screen listing the book's NCC items when playback was started
     * @param clips   the WAV files of the clips it played, in the order it played them
     * @param chosen  the listing's line under the player's cursor when Enter started playback: the item it plays
     */
    record Playback(String listing, List<Path> clips, String chosen) {
    }

    /** Opens {@code book}, starts playback at the first NCC item and waits until the player quits. */
    Playback play(Path book) throws IOException, InterruptedException {
        return play(book, List.of());
    }

    /**
     * Opens {@code book}, presses {@code keys} (tmux key names such as {@code Down}) as a listener would before
     * starting, then starts playback with Enter and waits until the player quits.
     */
    Playback play(Path book, List<String> keys) throws IOException, InterruptedException {
        Path home = Files.createDirectories(work.resolve("home"));
        Path sink = Files.createDirectories(work.resolve("sink"));
        Path shim = compileShim();
        Path cards = Files.writeString(work.resolve("cards"), " 0 [Dummy          ]: Dummy - Dummy\n"
                + "                      Dummy 1\n");
        Files.writeString(home.resolve(".asoundrc"), "pcm.!default {\n  type file\n  slave.pcm \"null\"\n  file \""
                + sink.resolve("played.wav") + "\"\n  format \"wav\"\n  truncate false\n}\n");
        Path script = Files.writeString(work.resolve("player.sh"), "#!/bin/sh\nexport HOME='" + home
                + "' GUIDEKIT_FAKE_ASOUND_CARDS='" + cards + "' LD_PRELOAD='" + shim + "'\nexec daisy-player -i '"
                + book + "'\n");
        String[] listing;
        try {
            run(List.of("tmux", "-S", socket, "-f", "/dev/null", "new-session", "-d", "-s", "player", "-x", "100",
                    "-y", "30", "sh " + script));
            listing = drive(keys);
        } finally {
            new ProcessBuilder("tmux", "-S", socket, "kill-server").redirectErrorStream(true).start()
                    .waitFor(10, TimeUnit.SECONDS);
        }
        try (Stream<Path> files = Files.list(sink)) {
            return new Playback(listing[0], files.sorted(Comparator.comparingInt(HeadlessDaisyPlayer::clipNumber))
                    .toList(), listing[1]);
        }
    }

    /**
     * Answers the sound-device menu, starts playback, and waits for the player to reach the end and quit.
     *
     * @return the screen listing the book when playback was started, and the line under the cursor then
     */
    private String[] drive(List<String> keys) throws IOException, InterruptedException {
        long deadline = System.currentTimeMillis() + TIMEOUT_MS;
        String[] listing = null;
        long nextMenuKey = 0;
        List<String> screens = new ArrayList<>();
        while (System.currentTimeMillis() < deadline) {
            Thread.sleep(300);
            if (!running()) {
                if (listing != null) {
                    return listing;
                }
                throw new AssertionError("daisy-player quit before playback started; last screens:\n" + screens);
            }
            String screen;
            try {
                screen = capture();
            } catch (IOException e) {
                if (running()) {
                    throw e;
                }
                continue; // it quit between the two looks: the next turn of the loop says how it ended
            }
            screens.add(screen);
            if (screens.size() > 3) {
                screens.remove(0);
            }
            // Each key once: a second Enter reaching the book list would restart playback.
            if (screen.contains("Select a soundcard") && System.currentTimeMillis() > nextMenuKey) {
                run(List.of("tmux", "-S", socket, "send-keys", "-t", "player", "Enter"));
                nextMenuKey = System.currentTimeMillis() + 5000;
            } else if (listing == null && screen.contains("level:")) {
                for (String key : keys) {
                    run(List.of("tmux", "-S", socket, "send-keys", "-t", "player", key));
                    Thread.sleep(300); // the player reads one key at a time between screen updates
                }
                String shown = keys.isEmpty() ? screen : capture();
                int row = Integer.parseInt(run(List.of("tmux", "-S", socket, "display", "-p", "-t", "player",
                        "#{cursor_y}")).strip());
                listing = new String[] {shown, shown.lines().skip(row).findFirst().orElse("")};
                run(List.of("tmux", "-S", socket, "send-keys", "-t", "player", "Enter"));
            }
        }
        throw new AssertionError("daisy-player did not finish within " + TIMEOUT_MS / 1000 + " s; screen:\n"
                + capture());
    }

    private boolean running() throws IOException, InterruptedException {
        Process p = new ProcessBuilder("tmux", "-S", socket, "has-session", "-t", "player")
                .redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor() == 0;
    }

    private String capture() throws IOException, InterruptedException {
        return run(List.of("tmux", "-S", socket, "capture-pane", "-p", "-t", "player"));
    }

    private Path compileShim() throws IOException, InterruptedException {
        Path source = work.resolve("headless-sound.c");
        try (InputStream in = HeadlessDaisyPlayer.class.getResourceAsStream("/daisy-player/headless-sound.c")) {
            Files.copy(in, source);
        }
        Path shim = work.resolve("headless-sound.so");
        run(List.of("gcc", "-shared", "-fPIC", "-O2", "-o", shim.toString(), source.toString(), "-ldl"));
        return shim;
    }

    /** "played.wav" is clip 0, "played.wav.0001" clip 1, and so on. */
    private static int clipNumber(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return name.endsWith(".wav") ? 0 : Integer.parseInt(name.substring(dot + 1));
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + out);
        }
        return out;
    }

    private static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }
}
