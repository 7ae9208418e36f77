package org.guidekit.read;

import java.util.List;

import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

/** Maps commonmark source spans (relative to the Markdown body) to 1-based file lines, and gives their text. */
final class Lines {
    private final int bodyLine;
    private final String[] body;

    Lines(int bodyLine, String body) {
        this.bodyLine = bodyLine;
        this.body = body.split("\n", -1);
    }

    /** The raw source text of the line where {@code node} starts. */
    String text(Node node) {
        int index = of(node) - bodyLine;
        return index >= 0 && index < body.length ? body[index] : "";
    }

    /** The raw text of body line {@code index} (0-based, as in source spans), or "" outside the body. */
    String bodyLine(int index) {
        return index >= 0 && index < body.length ? body[index] : "";
    }

    /** The file line of body line {@code index}. */
    int fileLine(int index) {
        return bodyLine + index;
    }

    /** The file line where {@code node} starts; falls back to its nearest ancestor with a span. */
    int of(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            List<SourceSpan> spans = n.getSourceSpans();
            if (!spans.isEmpty()) {
                return bodyLine + spans.get(0).getLineIndex();
            }
        }
        return bodyLine;
    }
}
