package org.guidekit.read;

import java.util.ArrayList;
import java.util.List;

import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.Node;
import org.guidekit.model.Inline;
import org.guidekit.model.Table;

/** Reads GFM tables; the first row is always the header row. */
final class TableReader {
    private final InlineConverter inlines;
    private final Lines lines;

    TableReader(InlineConverter inlines, Lines lines) {
        this.inlines = inlines;
        this.lines = lines;
    }

    Table table(TableBlock block, String id) {
        org.guidekit.model.TableRow header = null;
        List<org.guidekit.model.TableRow> rows = new ArrayList<>();
        for (Node part = block.getFirstChild(); part != null; part = part.getNext()) {
            for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
                if (part instanceof TableHead && header == null) {
                    header = row((TableRow) row, id + "-h", -1);
                } else if (part instanceof TableBody) {
                    rows.add(row((TableRow) row, id + "-r" + (rows.size() + 1), header.cells().size()));
                }
            }
        }
        return new Table(id, header, rows, lines.of(block));
    }

    /** A row, padded with empty cells (or cut) to {@code width} so every row matches the header. */
    private org.guidekit.model.TableRow row(TableRow row, String id, int width) {
        List<List<Inline>> cells = new ArrayList<>();
        for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
            cells.add(inlines.children(cell));
        }
        while (width >= 0 && cells.size() < width) {
            cells.add(List.of());
        }
        return new org.guidekit.model.TableRow(id, width >= 0 ? cells.subList(0, width) : cells);
    }
}
