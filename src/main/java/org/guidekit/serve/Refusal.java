package org.guidekit.serve;

/**
 * A request the workspace refuses, with the HTTP status and a message for the page (never a stack trace): a wrong
 * {@code Host}, a missing token, a path outside the content folder, a body too large, a bad value.
 */
final class Refusal extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;

    Refusal(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    int status() {
        return status;
    }

    static Refusal badRequest(String message) {
        return new Refusal(400, message);
    }

    static Refusal notFound(String message) {
        return new Refusal(404, message);
    }
}
