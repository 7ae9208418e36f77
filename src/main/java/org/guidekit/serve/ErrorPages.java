package org.guidekit.serve;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The pages Jetty itself answers with, before or around the workspace's routes: a request it cannot parse or
 * refuses (400 for {@code /output/..%2fx}, 431 for huge headers) and any error no route handled. They carry the
 * same security headers as every other response ({@link RequestGuard#HEADERS}), so an error page can neither run
 * a script from elsewhere nor be framed.
 */
final class ErrorPages extends ErrorHandler {
    ErrorPages() {
        setShowStacks(false);
        setShowCauses(false);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        HttpFields.Mutable headers = response.getHeaders();
        RequestGuard.HEADERS.forEach(h -> headers.put(h.getKey(), h.getValue()));
        return super.handle(request, response, callback);
    }

    /** The status's own words only: an exception's message may name files and classes, and belongs in the log. */
    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) throws java.io.IOException {
        super.generateResponse(request, response, code, HttpStatus.getMessage(code), null, callback);
    }

    @Override
    public java.nio.ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        RequestGuard.HEADERS.forEach(h -> fields.put(h.getKey(), h.getValue()));
        return super.badMessageError(status, reason, fields);
    }
}
