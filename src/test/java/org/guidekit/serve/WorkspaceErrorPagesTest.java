package org.guidekit.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every error the workspace answers, its routes' and Jetty's own (a request Jetty cannot parse or refuses before any
 * route runs), carries the security headers of every other response, and no stack trace.
 */
class WorkspaceErrorPagesTest {
    @TempDir
    static Path dir;
    static WorkspaceFixture fx;

    @BeforeAll
    static void start() {
        fx = new WorkspaceFixture(dir);
    }

    @AfterAll
    static void stop() {
        fx.close();
    }

    @Test
    void everyErrorStatusCarriesTheSecurityHeaders() {
        String h = "Host: 127.0.0.1:" + fx.workspace.port() + "\r\nConnection: close\r\n";
        Map<String, String> requests = new LinkedHashMap<>();
        requests.put("400 ", "GET /output/..%2fx HTTP/1.1\r\n" + h + "\r\n");
        requests.put("400 (two lengths)", "GET / HTTP/1.1\r\n" + h + "Content-Length: 5\r\nContent-Length: 6\r\n\r\nabcdef");
        requests.put("404 ", "GET /nowhere HTTP/1.1\r\n" + h + "\r\n");
        requests.put("405 ", "DELETE /save HTTP/1.1\r\n" + h + "\r\n");
        requests.put("413 ", "POST /save HTTP/1.1\r\n" + h + "Content-Length: " + (RequestGuard.MAX_BODY + 1)
                + "\r\n\r\n" + "x".repeat(RequestGuard.MAX_BODY + 1));
        requests.put("421 ", "GET / HTTP/1.1\r\nHost: attacker.example\r\nConnection: close\r\n\r\n");
        requests.put("431 ", "GET / HTTP/1.1\r\n" + h + "X-Long: " + "y".repeat(64 * 1024) + "\r\n\r\n");
        requests.put("505 ", "GET / HTTP/7.0\r\n" + h + "\r\n");
        for (var r : requests.entrySet()) {
            String answer = fx.client.raw(r.getValue());
            assertTrue(answer.startsWith("HTTP/1.1 " + r.getKey().substring(0, 4)), r.getKey() + ": " + firstLine(answer));
            assertSecurityHeaders(answer);
        }
    }

    /** A 500 comes from a bug, which no request can be made to cause; here a handler that fails plays the bug. */
    @Test
    void anInternalErrorPageCarriesTheSecurityHeadersToo() throws Exception {
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        server.setHandler(new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) {
                throw new IllegalStateException("a bug in a handler");
            }
        });
        server.setErrorHandler(new ErrorPages());
        server.start();
        try (var s = new java.net.Socket("127.0.0.1", connector.getLocalPort())) {
            s.getOutputStream().write(("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String answer = new String(s.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(answer.startsWith("HTTP/1.1 500 "), firstLine(answer));
            assertSecurityHeaders(answer);
            assertFalse(answer.contains("a bug in a handler"), "no exception reaches the page: " + answer);
        } finally {
            server.stop();
        }
    }

    private static void assertSecurityHeaders(String answer) {
        int end = answer.indexOf("\r\n\r\n");
        String head = (end < 0 ? answer : answer.substring(0, end)).toLowerCase(Locale.ROOT);
        for (var header : RequestGuard.HEADERS) {
            assertTrue(head.contains(header.getKey().toLowerCase(Locale.ROOT) + ": "
                    + header.getValue().toLowerCase(Locale.ROOT)), firstLine(answer) + " lacks " + header.getKey()
                    + ":\n" + head);
        }
        assertFalse(answer.contains("\tat ") || answer.contains("Exception"), firstLine(answer) + ": " + answer);
    }

    private static String firstLine(String answer) {
        return answer.lines().findFirst().orElse("");
    }
}
