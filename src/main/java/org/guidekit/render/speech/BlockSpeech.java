package org.guidekit.render.speech;

import java.util.ArrayList;
import java.util.List;

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
        return say(p.id(), SpokenInlines.text(p.content()), Pauses.PARAGRAPH);
    }

    @Override
    public List<Utterance> visitList(ListBlock list) {
        List<Utterance> said = new ArrayList<>();
        for (int i = 0; i < list.items().size(); i++) {
            ListItem item = list.items().get(i);
            String number = list.ordered() ? (list.start() + i) + ". " : "";
            StringBuilder text = new StringBuilder(number);
            List<Utterance> nested = new ArrayList<>();
            for (Block b : item.blocks()) {
                if (b instanceof Paragraph p) {
                    text.append(builder.sentence(SpokenInlines.text(p.content()))).append(' ');
                } else {
                    nested.addAll(b.accept(this));
                }
            }
            said.addAll(say(item.id(), text.toString(), Pauses.LIST_ITEM));
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
        return say(f.id(), "Picture: " + f.alt(), Pauses.PARAGRAPH);
    }

    /** Row by row with the header names: "Your reading: below 120 over 80. What it means: normal." */
    @Override
    public List<Utterance> visitTable(Table t) {
        List<String> headers = t.header().cells().stream().map(SpokenInlines::text).map(String::strip).toList();
        List<Utterance> said = new ArrayList<>(say(t.id(), "Table with " + t.rows().size()
                + (t.rows().size() == 1 ? " row" : " rows") + ". Columns: " + String.join(", ", headers),
                Pauses.LIST_ITEM));
        for (TableRow row : t.rows()) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < row.cells().size(); i++) {
                List<Inline> cell = row.cells().get(i);
                String value = SpokenInlines.text(cell).strip();
                if (!value.isEmpty()) {
                    text.append(builder.sentence(headers.get(i) + ": " + value)).append(' ');
                }
            }
            said.addAll(say(row.id(), text.toString(), Pauses.TABLE_ROW));
        }
        return lastPause(said, Pauses.PARAGRAPH);
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
