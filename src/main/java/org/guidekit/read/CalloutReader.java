package org.guidekit.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.guidekit.model.Block;
import org.guidekit.model.Callout;
import org.guidekit.model.CalloutKind;
import org.guidekit.model.Inlines;

/** Reads GitHub-style alerts, {@code > [!WARNING] optional title}, as {@link Callout}s. */
record CalloutReader(BlockConverter blocks, InlineConverter inlines, Problems problems, Lines lines) {
    private static final Pattern MARKER = Pattern.compile("^\\s*\\[!([A-Za-z]+)\\]\\s*(.*)$");

    Callout callout(BlockQuote quote, Ids.Scope scope) {
        String id = scope.next('c');
        int line = lines.of(quote);
        if (!(quote.getFirstChild() instanceof Paragraph first)) {
            return noMarker(line);
        }
        Node lineEnd = firstLineEnd(first);
        String markerLine = Inlines.plainText(inlines.range(first.getFirstChild(), lineEnd));
        Matcher m = MARKER.matcher(markerLine);
        if (!m.matches()) {
            return noMarker(line);
        }
        Optional<CalloutKind> kind = CalloutKind.fromMarker(m.group(1));
        if (kind.isEmpty()) {
            problems.add(line, "unknown callout [!" + m.group(1) + "]; use [!NOTE], [!TIP], [!IMPORTANT], "
                    + "[!WARNING] or [!CAUTION]");
            return null;
        }
        Ids.Scope inner = new Ids.Scope(id);
        List<Block> content = new ArrayList<>();
        if (lineEnd != null) {
            BlockConverter.add(content, blocks.paragraph(inlines.range(lineEnd.getNext(), null), first, inner));
        }
        for (Node n = first.getNext(); n != null; n = n.getNext()) {
            BlockConverter.add(content, inner(n, inner));
        }
        String title = m.group(2).strip();
        if (content.isEmpty() && title.isEmpty()) {
            problems.add(line, "this " + kind.get().label().toLowerCase() + " callout is empty; write its text on "
                    + "the lines after the marker, each starting with >");
            return null;
        }
        return new Callout(id, kind.get(), title.isEmpty() ? Optional.empty() : Optional.of(title), content, line);
    }

    private Block inner(Node n, Ids.Scope scope) {
        if (n instanceof Paragraph || n instanceof BulletList || n instanceof OrderedList) {
            return blocks.block(n, scope);
        }
        problems.add(lines.of(n), "a callout can hold text and lists only; move this " + BlockConverter.describe(n)
                + " outside the callout");
        return null;
    }

    private Callout noMarker(int line) {
        problems.add(line, "a quote (lines starting with >) must be a callout; start its first line with [!NOTE], "
                + "[!TIP], [!IMPORTANT], [!WARNING] or [!CAUTION]");
        return null;
    }

    private static Node firstLineEnd(Paragraph p) {
        for (Node n = p.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
                return n;
            }
        }
        return null;
    }
}
