package org.guidekit.check;

import java.util.ArrayList;
import java.util.List;

import org.guidekit.model.Table;

/**
 * Fill-in blanks ("Your next visit: ____") are printed as a line to write on, but the voice says nothing for them,
 * so a listener never learns that something is missing. A warning: on paper the blank is useful.
 *
 * <p>Blanks come in groups on real forms: a blood-sugar log is a table of empty cells, an action plan a run of
 * "Doctor: ____" lines. The fix is one sentence for the group ("Write your readings in the table"), so a group is
 * one finding, with its count and its first line: each table, each list, and each run of paragraphs (paragraphs in
 * a row, with no heading or other kind of text between them). A blank on its own keeps its own message.
 */
final class FillInBlankRule implements Rule {
    static final String ID = "fill-in-blank";
    private static final int MIN_RUN = 3;

    @Override
    public List<String> ids() {
        return List.of(ID);
    }

    @Override
    public List<Finding> check(CheckContext context) {
        List<Table> tables = context.blocks(Table.class);
        List<Finding> found = new ArrayList<>();
        Group group = null;
        for (TextUnit u : context.units()) {
            Object key = groupOf(u, tables);
            if (group != null && (key == null || !key.equals(group.key))) {
                group.report(context, found);
                group = null;
            }
            int blanks = blanks(u.text());
            if (group == null && (blanks > 0 || key != null)) {
                group = new Group(key, u.kind());
            }
            if (group != null) {
                group.add(u.line(), blanks);
            }
        }
        if (group != null) {
            group.report(context, found);
        }
        return found;
    }

    /**
     * What a unit is grouped with: its table, its run of list items or of paragraphs; {@code null} for text that
     * stands alone (a heading, a title, a callout title, alt text).
     */
    private static Object groupOf(TextUnit u, List<Table> tables) {
        return switch (u.kind()) {
            case TABLE_CELL -> tables.stream()
                    .filter(t -> u.line() >= t.line() && u.line() <= t.line() + 1 + t.rows().size())
                    .findFirst().<Object>map(t -> t).orElse(TextUnit.Kind.TABLE_CELL);
            case LIST_ITEM, PARAGRAPH -> u.kind();
            default -> null;
        };
    }

    /** How many runs of three or more underscores {@code text} has, a date to write ("____/____/______") as one. */
    static int blanks(String text) {
        int count = 0;
        boolean inBlank = false; // after a counted run, up to a character that is no underscore, slash or dash
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            run = c == '_' ? run + 1 : 0;
            if (run == MIN_RUN && !inBlank) {
                count++;
                inBlank = true;
            }
            inBlank &= c == '_' || c == '/' || c == '-';
        }
        return count;
    }

    /** The blanks of one table, list or run of paragraphs: how many, and where the first is. */
    private static final class Group {
        final Object key;
        final TextUnit.Kind kind;
        int count;
        int firstLine;
        int lastLine;

        Group(Object key, TextUnit.Kind kind) {
            this.key = key;
            this.kind = kind;
        }

        void add(int line, int blanks) {
            if (blanks > 0) {
                firstLine = count == 0 ? line : firstLine;
                lastLine = line;
                count += blanks;
            }
        }

        void report(CheckContext context, List<Finding> found) {
            if (count == 0) {
                return;
            }
            if (count == 1) {
                found.add(context.finding(ID, Severity.WARNING, firstLine, "a blank to fill in (____) is printed as a "
                        + "line, but the voice says nothing for it, so a listener does not know something is missing",
                        "write what goes there, e.g. \"Your next visit: ask the front desk for the date\", or fill it"
                                + " in for the patient before printing"));
                return;
            }
            String where = switch (kind) {
                case TABLE_CELL -> "in this table";
                case LIST_ITEM -> "in this list";
                case PARAGRAPH -> lastLine == firstLine ? "in this paragraph" : "in these paragraphs";
                case HEADING -> "in this heading";
                default -> "on this line";
            };
            String span = lastLine == firstLine ? "" : " (lines " + firstLine + " to " + lastLine + ")";
            found.add(context.finding(ID, Severity.WARNING, firstLine, count + " blanks to fill in (____) " + where
                    + span + " are printed as lines, but the voice says nothing for them, so a listener does not "
                    + "know they are there", kind == TextUnit.Kind.TABLE_CELL
                    ? "say before the table what to write in it, e.g. \"Write your readings in this table\", or "
                            + "fill it in for the patient before printing"
                    : "say what goes in each, e.g. \"Your doctor's phone number: ask at the front desk\", or fill "
                            + "them in for the patient before printing"));
        }
    }

    @Override
    public Scope scope() {
        return Scope.ENGLISH_VOICE;
    }
}
