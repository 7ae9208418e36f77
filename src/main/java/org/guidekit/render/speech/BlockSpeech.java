package org.guidekit.render.speech;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.guidekit.model.Block;
import org.guidekit.model.BlockVisitor;
import org.guidekit.model.Callout;
import org.guidekit.model.Figure;
import org.guidekit.model.Inline;
import org.guidekit.model.ListBlock;
import org.guidekit.model.ListItem;
import org.guidekit.model.Paragraph;
import org.guidekit.model.Table;
import org.guidekit.model.TableRow;

/** What each kind of block says: one utterance per paragraph, list item, table row, figure or callout title. */
final class BlockSpeech implements BlockVisitor<List<Utterance>> {
    private final SpeechScriptBuilder builder;
    private final Prosody prosody;

    BlockSpeech(SpeechScriptBuilder builder, Prosody prosody) {
        this.builder = builder;
        this.prosody = prosody;
    }

    @Override
    public List<Utterance> visitParagraph(Paragraph p) {
        return say(p.id(), sentences(p.id(), p.content(), ""), Pauses.PARAGRAPH);
    }

    @Override
    public List<Utterance> visitList(ListBlock list) {
        List<Utterance> said = new ArrayList<>();
        for (int i = 0; i < list.items().size(); i++) {
            ListItem item = list.items().get(i);
            // "1, Wash your hands.": the number leads into its item; "1." would be a sentence of its own.
            String number = list.ordered() ? (list.start() + i) + ", " : "";
            List<Utterance.Sentence> text = new ArrayList<>();
            List<Utterance> nested = new ArrayList<>();
            for (Block b : item.blocks()) {
                if (b instanceof Paragraph p) {
                    text.addAll(sentences(p.id(), p.content(), text.isEmpty() ? number : ""));
                } else {
                    nested.addAll(b.accept(this));
                }
            }
            said.addAll(say(item.id(), text, Pauses.LIST_ITEM));
            said.addAll(nested);
        }
        return lastPause(said, Pauses.PARAGRAPH);
    }

    @Override
    public List<Utterance> visitCallout(Callout c) {
        String title = c.title().map(t -> " " + t).orElse("");
        BlockSpeech slower = new BlockSpeech(builder, Prosody.CALLOUT);
        List<Utterance> said = new ArrayList<>(slower.say(c.id(), c.kind().label() + "." + title, Pauses.LIST_ITEM));
        for (Block b : c.blocks()) {
            said.addAll(b.accept(slower));
        }
        return lastPause(said, Pauses.PARAGRAPH);
    }

    @Override
    public List<Utterance> visitFigure(Figure f) {
        return say(f.id(), builder.word("speech.picture", f.alt()), Pauses.PARAGRAPH);
    }

    /**
     * Row by row with the header names: "Your reading: below 120 over 80. What it means: normal." A header's unit
     * ("Dose (mL)") and a row's one unit ("2.5 | 5 | 7.5 mL") are said with every bare number under them, and an
     * empty or dash cell is said, not skipped ({@link TableCells}).
     */
    @Override
    public List<Utterance> visitTable(Table t) {
        List<String> headers = t.header().cells().stream().map(SpokenInlines::text).map(String::strip).toList();
        List<Optional<String>> columnUnits = headers.stream().map(TableCells::headerUnit).toList();
        List<Utterance> said = new ArrayList<>(say(t.id(), builder.word(t.rows().size() == 1 ? "speech.table-one"
                : "speech.table", t.rows().size(), String.join(", ", headers)), Pauses.LIST_ITEM));
        for (TableRow row : t.rows()) {
            List<String> values = row.cells().stream().map(SpokenInlines::text).map(String::strip).toList();
            Optional<String> rowUnit = TableCells.rowUnit(values);
            List<Utterance.Sentence> text = new ArrayList<>();
            for (int i = 0; i < values.size(); i++) {
                String header = i < headers.size() ? TableCells.headerName(headers.get(i)) : "";
                if (i == 0 && header.isEmpty() && values.get(i).isEmpty()) {
                    continue; // an empty corner cell: nothing to say
                }
                Optional<String> unit = columnUnits.size() > i && columnUnits.get(i).isPresent()
                        ? columnUnits.get(i) : i == 0 ? Optional.empty() : rowUnit;
                String value = TableCells.spoken(values.get(i), unit, builder.word("speech.none"),
                        builder.word("speech.blank"));
                String spoken = builder.sentence(header.isEmpty() ? value : header + ": " + value);
                if (!spoken.isEmpty()) {
                    text.add(new Utterance.Sentence(PrintedSentences.cellId(row.id(), i), spoken));
                }
            }
            said.addAll(say(row.id(), text, Pauses.TABLE_ROW));
        }
        return lastPause(said, Pauses.PARAGRAPH);
    }

    /**
     * The spoken sentences of printed content, each with the id its printed sentence gets: the block's own id when
     * there is one sentence, else {@link PrintedSentences#sentenceId}. {@code lead} goes before the first.
     */
    private List<Utterance.Sentence> sentences(String blockId, List<Inline> content, String lead) {
        List<List<Inline>> printed = PrintedSentences.split(content);
        List<Utterance.Sentence> spoken = new ArrayList<>();
        for (int i = 0; i < printed.size(); i++) {
            String text = builder.sentence((i == 0 ? lead : "") + SpokenInlines.text(printed.get(i)));
            if (!text.isEmpty()) {
                String id = printed.size() == 1 ? blockId : PrintedSentences.sentenceId(blockId, i + 1);
                spoken.add(new Utterance.Sentence(id, text));
            }
        }
        return spoken;
    }

    private List<Utterance> say(String id, List<Utterance.Sentence> sentences, int pause) {
        return sentences.isEmpty() ? List.of() : List.of(new Utterance(id, sentences, pause, prosody));
    }

    private List<Utterance> say(String id, String printed, int pause) {
        String text = builder.sentence(printed);
        return text.isEmpty() ? List.of() : List.of(new Utterance(id, text, pause, prosody));
    }

    private static List<Utterance> lastPause(List<Utterance> said, int pause) {
        if (!said.isEmpty()) {
            said.set(said.size() - 1, said.get(said.size() - 1).withPauseAfter(pause));
        }
        return said;
    }
}
