package org.guidekit.cli;

import java.awt.Desktop;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import org.guidekit.error.IoReason;
import org.guidekit.error.OutputException;
import org.guidekit.serve.Workspace;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code guidekit serve [CONTENT_DIR] [--port N]}: the staff workspace in the browser, until Ctrl+C. */
@Command(name = "serve",
        description = {"Open the staff workspace: a local web page to write, check, preview, listen to and build "
                + "guides.",
            "It runs on this computer only; stop it with Ctrl+C."})
final class ServeCommand extends Subcommand {
    @Mixin
    LibraryFolders folders;

    @Option(names = {"-p", "--port"}, paramLabel = "N", defaultValue = "8080",
            description = "Port to listen on, 1024 to 65535, or 0 for any free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this computer only).")
    String host;

    @Option(names = "--no-browser", description = "Do not open the browser.")
    boolean noBrowser;

    @Option(names = "--home", description = "Use the guide library in your home folder, ~/guidekit (content/ for "
            + "guides, output/ for editions), made empty the first time. The installed guidekit's menu entry opens "
            + "the workspace this way.")
    boolean home;

    @Override
    public Integer call() throws InterruptedException {
        Path content = home ? homeLibrary() : folders.content();
        Path out = home ? content.resolveSibling("output") : folders.out;
        if (port != 0 && (port < 1024 || port > 65535)) {
            throw usage("--port " + port + " must be 1024 to 65535, or 0 for any free port");
        }
        var err = err();
        if (!host.equals("127.0.0.1")) {
            err.println("Warning: --host " + host + " lets other computers that can reach this address open the "
                    + "workspace and change guides. Use it only on a network you trust.");
        }
        Workspace workspace = Workspace.start(content, out, host, port, err);
        CountDownLatch stopped = new CountDownLatch(1);
        Thread stop = new Thread(() -> {
            workspace.close();
            stopped.countDown();
        }, "guidekit-serve-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        out().println("The guidekit workspace is open at " + workspace.address()
                + " (press Ctrl+C to stop it).");
        out().flush();
        if (!noBrowser) {
            openBrowser(workspace.address());
        }
        stopped.await();
        return 0;
    }

    /** {@code ~/guidekit/content}, made (with its output folder beside it) when missing. */
    private static Path homeLibrary() {
        // $HOME where it is set (a user's own choice on Linux and macOS), else Java's idea of the home folder.
        String home = System.getenv("HOME");
        Path library = Path.of(home != null && !home.isBlank() ? home : System.getProperty("user.home"), "guidekit");
        try {
            Files.createDirectories(library.resolve("content"));
            Files.createDirectories(library.resolve("output"));
        } catch (IOException e) {
            throw new OutputException(library + ": cannot make the guide library there (" + IoReason.of(e) + ")", e);
        }
        return library.resolve("content");
    }

    /**
     * Opens the default browser when there is a desktop, else with {@code xdg-open} (Java's desktop support needs
     * GNOME's libraries); otherwise the printed address is enough.
     */
    private static void openBrowser(String address) {
        try {
            if (!java.awt.GraphicsEnvironment.isHeadless() && Desktop.isDesktopSupported()
                    && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
                Desktop.getDesktop().browse(URI.create(address));
                return;
            }
        } catch (Exception e) {
            // try xdg-open below
        }
        try {
            if (System.getenv("DISPLAY") != null || System.getenv("WAYLAND_DISPLAY") != null) {
                new ProcessBuilder("xdg-open", address).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            }
        } catch (IOException e) {
            // No browser could be opened: the address is printed.
        }
    }
}
