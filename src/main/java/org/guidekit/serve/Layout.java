package org.guidekit.serve;

import static org.guidekit.serve.Html.esc;

/**
 * The frame of every workspace page: language, title, skip link, navigation, one {@code main} landmark, and a
 * message area that screen readers announce. Styles and the little script are files of their own, since the
 * Content-Security-Policy allows nothing inline.
 */
final class Layout {
    private final String token;

    Layout(String token) {
        this.token = token;
    }

    /** The hidden form field every form that changes something carries. */
    String tokenField() {
        return "<input type=\"hidden\" name=\"" + RequestGuard.TOKEN_FIELD + "\" value=\"" + esc(token) + "\">";
    }

    /**
     * A whole page.
     *
     * @param current the navigation entry to mark as the current page ("/", "/new", "/settings", "/build")
     * @param message a message to announce at the top, or null
     * @param alert   true when the message is a problem (announced at once, in the error colour)
     */
    String page(String title, String current, String message, boolean alert, String body) {
        StringBuilder b = new StringBuilder(4096);
        b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"guidekit-token\" content=\"").append(esc(token)).append("\">\n")
                .append("<title>").append(esc(title)).append(" - guidekit workspace</title>\n")
                .append("<link rel=\"stylesheet\" href=\"/static/workspace.css\">\n")
                .append("<script src=\"/static/workspace.js\" defer></script>\n</head>\n<body>\n")
                .append("<a class=\"skip\" href=\"#main\">Skip to the page content</a>\n")
                .append("<header><p class=\"brand\">guidekit workspace</p>\n<nav aria-label=\"Workspace\"><ul>");
        nav(b, "/", "Guides", current);
        nav(b, "/new", "New guide", current);
        nav(b, "/settings", "Settings and lists", current);
        nav(b, "/build", "Build the library", current);
        b.append("</ul></nav></header>\n<main id=\"main\" tabindex=\"-1\">\n<h1>").append(esc(title)).append("</h1>\n");
        b.append("<div id=\"message\" class=\"message").append(alert ? " problem" : "").append("\" role=\"")
                .append(alert ? "alert" : "status").append("\">");
        if (message != null && !message.isEmpty()) {
            b.append("<p>").append(esc(message)).append("</p>");
        }
        b.append("</div>\n").append(body).append("\n</main>\n</body>\n</html>\n");
        return b.toString();
    }

    private static void nav(StringBuilder b, String href, String label, String current) {
        b.append("<li><a href=\"").append(href).append('"');
        if (href.equals(current)) {
            b.append(" aria-current=\"page\"");
        }
        b.append('>').append(esc(label)).append("</a></li>");
    }
}
