package org.guidekit.read;

import java.util.List;

import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

/** Maps commonmark source spans (relative to the Markdown body) to 1-based file lines. */
final class Lines {
    private final int bodyLine;

    Lines(int bodyLine) {
        this.bodyLine = bodyLine;
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
