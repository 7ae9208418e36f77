package org.guidekit.serve;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;

import org.eclipse.jetty.server.ServerConnector;
import org.guidekit.error.GuidekitException;

import io.javalin.Javalin;
import io.javalin.http.Context;

/**
 * {@code guidekit serve}: the staff workspace, a local web app over one warm process. Staff list the guides with
 * their state, edit a guide beside its check findings and handout pages, hear any selected text or a whole
 * section, edit the settings files, create guides and build the library.
 *
 * <pre>{@code try (Workspace w = Workspace.start(Path.of("content"), Path.of("output"), "127.0.0.1", 8080, err)) {
 *     System.out.println(w.address());
 * }}</pre>
 *
 * Javalin (on Jetty) serves it, on the loopback address only unless told otherwise; {@link RequestGuard} refuses
 * every request that does not come from the workspace's own pages. The JDK's built-in HTTP server was the
 * alternative: it has no form parsing, size limits, server-sent events or error mapping, which would all be
 * written by hand here.
 */
public final class Workspace implements AutoCloseable {
    private final Javalin app;
    private final Library library;
    private final BuildTask build;
    private final RequestGuard guard;
    private final Routes routes;
    private final String address;

    private Workspace(Javalin app, Library library, BuildTask build, RequestGuard guard, Routes routes,
                      String address) {
        this.app = app;
        this.routes = routes;
        this.library = library;
        this.build = build;
        this.guard = guard;
        this.address = address;
    }

    /**
     * Starts the workspace.
     *
     * @param content the content folder (guides and settings)
     * @param out     where the build button writes the editions
     * @param host    the address to listen on: 127.0.0.1 (and ::1) unless the staff member chose another
     * @param port    the port, or 0 for any free one
     * @param log     where problems the page cannot show (bugs) are printed
     */
    public static Workspace start(Path content, Path out, String host, int port, PrintWriter log) {
        return start(content, out, host, port, log, Library.ANSWER_WITHIN);
    }

    /** {@link #start}, with pages waiting at most {@code answerWithin} for a guide's check (tests choose none). */
    static Workspace start(Path content, Path out, String host, int port, PrintWriter log, Duration answerWithin) {
        RequestGuard guard = new RequestGuard();
        Library library = new Library(new ContentFiles(content), out, answerWithin);
        BuildTask build = new BuildTask(library);
        Routes routes = new Routes(library, build, guard, log);
        boolean loopback = host.equals("127.0.0.1");
        boolean both = loopback && ipv6LoopbackAvailable();
        int chosen = both && port == 0 ? freePort() : port; // both addresses listen on the same port
        Javalin app = Javalin.create(config -> {
            config.jetty.host = host;
            config.jetty.port = chosen;
            config.http.maxRequestSize = RequestGuard.MAX_BODY;
            // Uploads (pictures, Word documents) are parsed as multipart parts, kept on disk past 1 MB.
            config.jetty.multipartConfig.maxFileSize(RequestGuard.MAX_UPLOAD, io.javalin.config.SizeUnit.BYTES);
            config.jetty.multipartConfig.maxTotalRequestSize(RequestGuard.MAX_UPLOAD + 64 * 1024,
                    io.javalin.config.SizeUnit.BYTES);
            config.jetty.multipartConfig.maxInMemoryFileSize(1, io.javalin.config.SizeUnit.MB);
            config.startup.showJavalinBanner = false;
            // A request to an address with no such method is told so (405), rather than "no such page".
            config.http.prefer405over404 = true;
            config.jetty.modifyServer(server -> server.setErrorHandler(new ErrorPages()));
            if (both) {
                // Javalin then makes no connector of its own: one for each loopback address, on the same port.
                for (String address : new String[] {"127.0.0.1", "::1"}) {
                    config.jetty.addConnector((server, http) -> {
                        ServerConnector c = new ServerConnector(server);
                        c.setHost(address);
                        c.setPort(chosen);
                        return c;
                    });
                }
            }
            routes.register(config);
        });
        try {
            app.start();
        } catch (RuntimeException e) {
            library.close();
            throw new org.guidekit.error.OutputException("cannot start the workspace on " + host + ":" + port
                    + " (" + e.getMessage() + "); the port may be in use: choose another with --port",
                    e.getCause() instanceof IOException io ? io : new IOException(e));
        }
        int actual = both ? chosen : app.port();
        guard.listeningOn(host, actual);
        String shown = host.contains(":") ? "[" + host + "]" : host;
        return new Workspace(app, library, build, guard, routes, "http://" + shown + ":" + actual + "/");
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return s.getLocalPort();
        } catch (IOException e) {
            return 0;
        }
    }

    private static boolean ipv6LoopbackAvailable() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("::1"))) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The address to open in a browser, e.g. {@code http://127.0.0.1:8080/}. */
    public String address() {
        return address;
    }

    /** The port it listens on. */
    public int port() {
        return guard.port();
    }

    /** This run's token, which every change must carry (tests send it as a form would). */
    public String token() {
        return guard.token();
    }

    /** The message for an error the page shows: guidekit's own message, never a stack trace. */
    static String message(Exception e) {
        return e instanceof GuidekitException || e instanceof Refusal || e instanceof IllegalArgumentException
                ? e.getMessage() : "guidekit could not do this because of an error in guidekit itself ("
                + e.getClass().getSimpleName() + "); the details are in the workspace's log.";
    }

    static void html(Context ctx, String page) {
        ctx.header("Cache-Control", "no-store");
        ctx.html(page);
    }

    /** Stops the server and the background build, and deletes the audio made. */
    @Override
    public void close() {
        app.stop();
        build.close();
        routes.close();
        library.close();
    }
}
