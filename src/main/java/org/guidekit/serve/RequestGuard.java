package org.guidekit.serve;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;

/**
 * The workspace's front door, run before every request. It writes files on the staff member's computer, so:
 * <ul>
 *   <li>the {@code Host} header must name this server by its loopback name or address and port, so a web page
 *       elsewhere cannot reach it through DNS rebinding;</li>
 *   <li>a request that changes anything (every POST) must carry this run's secret token and come from this
 *       server's own origin ({@code Origin} header), so another site cannot forge a form;</li>
 *   <li>request bodies are limited in size;</li>
 *   <li>every response forbids scripts, styles and pictures from anywhere else (Content-Security-Policy).</li>
 * </ul>
 */
final class RequestGuard {
    /** Largest request body: a guide is a few kilobytes; 2 MB leaves room for a very long one. */
    static final int MAX_BODY = 2 * 1024 * 1024;
    /**
     * Largest upload (a picture or a Word document, sent as multipart form data): the importer's own limit for a
     * .docx, which is also far above any picture the handout prints.
     */
    static final long MAX_UPLOAD = 100L * 1024 * 1024;
    /** The addresses that take an upload; every other request keeps the {@link #MAX_BODY} limit. */
    static final Set<String> UPLOADS = Set.of("/picture", "/import");
    /** The most of a refused body read before answering; beyond it the connection is simply closed. */
    private static final long DRAIN_LIMIT = 64L * 1024 * 1024;
    static final String TOKEN_FIELD = "token";
    static final String TOKEN_HEADER = "X-Guidekit-Token";
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
            + "media-src 'self' blob:; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; "
            + "base-uri 'none'";

    /**
     * The headers every response carries, the server's own error pages included ({@link ErrorPages}). Not
     * {@code no-referrer}: with it, browsers send {@code Origin: null} on the workspace's own form posts.
     */
    static final List<Map.Entry<String, String>> HEADERS = List.of(Map.entry("Content-Security-Policy", CSP),
            Map.entry("X-Content-Type-Options", "nosniff"), Map.entry("Referrer-Policy", "same-origin"),
            Map.entry("Cross-Origin-Resource-Policy", "same-origin"));

    private final String token;
    private volatile Set<String> hosts = Set.of();
    private volatile String address = "";
    private volatile int port;

    RequestGuard() {
        byte[] secret = new byte[24];
        new SecureRandom().nextBytes(secret);
        this.token = HexFormat.of().formatHex(secret);
    }

    /** This run's token, written into every form of the workspace's pages. */
    String token() {
        return token;
    }

    /** Accepts {@code Host: name:port} for the loopback names and the address the server listens on. */
    void listeningOn(String boundHost, int port) {
        String bound = boundHost.contains(":") && !boundHost.startsWith("[") ? "[" + boundHost + "]" : boundHost;
        this.port = port;
        address = "http://" + bound + ":" + port;
        hosts = Set.copyOf(java.util.List.of("127.0.0.1:" + port, "localhost:" + port, "[::1]:" + port,
                bound.toLowerCase(Locale.ROOT) + ":" + port));
    }

    int port() {
        return port;
    }

    void check(Context ctx) {
        HEADERS.forEach(h -> ctx.header(h.getKey(), h.getValue()));
        String host = ctx.header("Host");
        if (host == null || !hosts.contains(host.toLowerCase(Locale.ROOT))) {
            throw new Refusal(421, "This workspace answers only at its own address (" + address
                    + "); open the workspace at that address.");
        }
        boolean upload = ctx.method() == HandlerType.POST && UPLOADS.contains(ctx.path());
        if (upload && ctx.contentLength() > MAX_UPLOAD) {
            drain(ctx);
            throw new Refusal(413, "The file sent is larger than " + MAX_UPLOAD / (1024 * 1024) + " MB, more than "
                    + "a picture or a leaflet needs; save a smaller copy and send that.");
        }
        if (!upload && ctx.contentLength() > MAX_BODY) {
            drain(ctx);
            throw new Refusal(413, "The text sent is larger than " + MAX_BODY / (1024 * 1024) + " MB; split the "
                    + "guide into several guides.");
        }
        if (ctx.method() == HandlerType.POST) {
            checkOrigin(ctx.header("Origin"));
            checkToken(ctx);
        }
    }

    /**
     * Reads and drops a refused body (up to {@link #DRAIN_LIMIT}) before the answer: a client still sending when
     * the answer comes and the connection closes sees a broken connection ("Broken pipe") instead of the message.
     */
    private static void drain(Context ctx) {
        try (java.io.InputStream in = ctx.req().getInputStream()) {
            byte[] buffer = new byte[64 * 1024];
            long left = DRAIN_LIMIT;
            for (int n; left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0; ) {
                left -= n;
            }
        } catch (java.io.IOException e) {
            // the client went away; the answer is sent all the same
        }
    }

    private void checkOrigin(String origin) {
        if (origin == null || !origin.startsWith("http://")
                || !hosts.contains(origin.substring("http://".length()).toLowerCase(Locale.ROOT))) {
            throw new Refusal(403, "This change was not sent from the workspace's own page, so it was refused. "
                    + "Reload the page and try again.");
        }
    }

    private void checkToken(Context ctx) {
        String sent = ctx.header(TOKEN_HEADER);
        if (sent == null) {
            sent = ctx.formParam(TOKEN_FIELD);
        }
        if (sent == null || !MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8),
                token.getBytes(StandardCharsets.UTF_8))) {
            throw new Refusal(403, "This page is out of date (the workspace was restarted), so the change was "
                    + "refused. Reload the page and try again; copy your text first if you edited it.");
        }
    }
}
