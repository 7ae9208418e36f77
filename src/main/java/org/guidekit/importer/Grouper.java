package org.guidekit.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.guidekit.check.Severity;
import org.guidekit.model.CalloutKind;

/**
 * Groups entries into the guide's parts: neighbouring list paragraphs into one list (one nested level), boxed
 * paragraphs and "Warning:" paragraphs into callouts, and headings into the two levels a guide has.
 */
final class Grouper {
    private static final Pattern LABEL = Pattern.compile(
            "(?i)^\\s*(warning|caution|important|tip|note)\\s*(?::\\s*|!\\s*$|$)");
    /** A box's first line is its title when it is short and bold. */
    private static final int MAX_TITLE = 120;
    private final boolean inCallout;
    private final List<Part> after = new ArrayList<>();
    private boolean seenSection;

    Grouper() {
        this(false);
    }

    private Grouper(boolean inCallout) {
        this.inCallout = inCallout;
    }

    List<Part> group(List<Entry> entries) {
        List<Part> out = new ArrayList<>();
        int i = 0;
        while (i < entries.size()) {
            Entry e = entries.get(i);
            if (e instanceof Entry.HeadingEntry h) {
                out.add(heading(h));
                i++;
            } else if (e instanceof Entry.PartEntry p) {
                (inCallout ? after : out).add(p.part());
                i++;
            } else if (e instanceof Entry.BoxEntry b) {
                if (inCallout) {
                    out.addAll(group(b.content()));
                } else {
                    addCallout(out, b.content(), new ArrayList<>());
                }
                i++;
            } else {
                i = text(entries, i, out);
            }
        }
        return out;
    }

    private int text(List<Entry> entries, int i, List<Part> out) {
        Entry.TextEntry t = (Entry.TextEntry) entries.get(i);
        if (t.list() != null) {
            return list(entries, i, out);
        }
        if (!inCallout && t.boxed()) {
            int end = i + 1;
            while (end < entries.size() && entries.get(end) instanceof Entry.TextEntry n && n.boxed()
                    && label(n.spans()) == null) {
                end++;
            }
            end = introducedList(entries, i, end);
            addCallout(out, entries.subList(i, end), new ArrayList<>());
            return end;
        }
        if (!inCallout && label(t.spans()) != null) {
            int end = i + 1;
            List<Span> rest = Spans.tidy(Spans.dropChars(t.spans(), label(t.spans()).end()));
            if (rest.isEmpty() && end < entries.size() && plain(entries.get(end))) {
                end++; // "Warning" on a line of its own, then what it warns of
            }
            end = introducedList(entries, i, end);
            addCallout(out, entries.subList(i, end), new ArrayList<>());
            return end;
        }
        out.add(new Part.Para(t.spans(), t.notes()));
        return i + 1;
    }

    /**
     * Where a callout ends: the list right after it belongs to it when its last line introduces one ("if you
     * have any of these:") or when all it has is a bold title line.
     */
    private static int introducedList(List<Entry> entries, int start, int end) {
        Entry.TextEntry last = (Entry.TextEntry) entries.get(end - 1);
        List<Span> lastText = last == entries.get(start) && label(last.spans()) != null
                ? Spans.tidy(Spans.dropChars(last.spans(), label(last.spans()).end())) : last.spans();
        boolean introduces = lastText.isEmpty() || Spans.text(lastText).strip().endsWith(":")
                || end - start == 1 && Spans.allBold(lastText);
        int e = end;
        while (introduces && e < entries.size() && entries.get(e) instanceof Entry.TextEntry n && n.list() != null) {
            e++;
        }
        return e;
    }

    private static boolean plain(Entry e) {
        return e instanceof Entry.TextEntry t && t.list() == null && !t.boxed() && label(t.spans()) == null;
    }

    private Part heading(Entry.HeadingEntry h) {
        if (inCallout || h.level() > 3) {
            if (!inCallout) {
                h.notes().add(Note.inGuide("heading-level", Severity.WARNING, "a level-" + h.level() + " heading "
                        + "became a bold line: guides have two heading levels", "make it a ### heading, or plain "
                        + "text, if it starts a part of its own"));
            }
            return new Part.Para(Spans.bold(h.spans()), h.notes());
        }
        String text = Spans.text(h.spans()).strip();
        if (h.level() == 3 && !seenSection) {
            h.notes().add(Note.inGuide("heading-level", Severity.INFO, "a level-3 heading with no section above "
                    + "it became a section (##)", "check the headings are in the right order"));
            seenSection = true;
            return new Part.Heading(2, text, h.notes());
        }
        seenSection = true;
        return new Part.Heading(h.level() <= 2 ? 2 : 3, text, h.notes());
    }

    /** Neighbouring list paragraphs as one list; Word levels below the first nested one are flattened. */
    private int list(List<Entry> entries, int i, List<Part> out) {
        Part.ListPart top = null;
        int baseIndent = ((Entry.TextEntry) entries.get(i)).list().indent();
        boolean letteredNoted = false;
        boolean deepNoted = false;
        int end = i;
        for (; end < entries.size(); end++) {
            if (!(entries.get(end) instanceof Entry.TextEntry t) || t.list() == null) {
                break;
            }
            Entry.ListInfo info = t.list();
            int level = info.typed() ? (info.indent() > baseIndent + 180 ? 1 : 0) : info.level();
            Part.Item item = new Part.Item(t.spans(), t.notes());
            if (info.lettered() && !letteredNoted) {
                item.notes().add(Note.inGuide("list", Severity.INFO, "a list lettered a, b, c (or i, ii, iii) is "
                        + "numbered 1, 2, 3 in the guide", "check that no sentence refers to the letters"));
                letteredNoted = true;
            }
            if (level == 0 || top == null) {
                if (top == null || top.ordered() != info.ordered()) {
                    top = new Part.ListPart(info.ordered(), info.number());
                    out.add(top);
                }
                top.items().add(item);
                continue;
            }
            if (level > 1 && !deepNoted) {
                item.notes().add(Note.inGuide("list", Severity.WARNING, "a list nested " + (level + 1) + " levels "
                        + "deep in Word was flattened to one nested level", "check the list still makes sense, or "
                        + "split it into shorter lists"));
                deepNoted = true;
            }
            Part.Item parent = top.items().get(top.items().size() - 1);
            List<Part.ListPart> nested = parent.nested();
            if (nested.isEmpty()) {
                // A guide's item holds one nested list; its first item decides bullets or numbers.
                nested.add(new Part.ListPart(info.ordered(), info.number()));
            }
            List<Part.ListPart> inner = parent.nested();
            inner.get(inner.size() - 1).items().add(item);
        }
        return end;
    }

    /**
     * A callout from a box's entries (or a "Warning:" paragraph and what it introduces). Its kind comes from the
     * first line's label; without one it is a note, said in a finding.
     */
    private void addCallout(List<Part> out, List<Entry> content, List<Note> notes) {
        List<Entry> entries = new ArrayList<>(content);
        CalloutKind kind = null;
        if (!entries.isEmpty() && entries.get(0) instanceof Entry.TextEntry first) {
            List<Span> spans = first.spans();
            Matcher m = label(spans);
            while (m != null) {
                kind = Entry.labelKind(m.group(1).toUpperCase(Locale.ROOT));
                spans = Spans.tidy(Spans.dropChars(spans, m.end()));
                m = label(spans);
            }
            entries.set(0, new Entry.TextEntry(spans, first.list(), first.boxed(), first.notes()));
        }
        Grouper inner = new Grouper(true);
        List<Part> blocks = new ArrayList<>(inner.group(entries));
        blocks.removeIf(p -> p instanceof Part.Para para && para.spans().isEmpty());
        String title = null;
        if (blocks.size() > 1 && blocks.get(0) instanceof Part.Para para && Spans.allBold(para.spans())
                && Spans.text(para.spans()).length() <= MAX_TITLE && para.spans().stream().allMatch(
                        s -> s.link() == null)) {
            title = Spans.text(para.spans()).strip().replaceFirst(":$", "");
            notes.addAll(para.notes());
            blocks.remove(0);
        }
        if (kind == null) {
            kind = CalloutKind.NOTE;
            notes.add(Note.inGuide("callout", Severity.INFO, "a box in Word became a note callout",
                    "if it is a warning or a tip, change [!NOTE] to [!WARNING], [!CAUTION], [!IMPORTANT] or [!TIP]"));
        }
        if (!blocks.isEmpty() || title != null) {
            out.add(new Part.Callout(kind, title, blocks, notes));
        }
        out.addAll(inner.after);
    }

    static Matcher label(List<Span> spans) {
        Matcher m = LABEL.matcher(Spans.text(spans));
        return m.lookingAt() ? m : null;
    }
}
