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
record TableReader(InlineConverter inlines, Lines lines, Problems problems) {

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

    /** Cells as written in a row's source line: | separators that are not escaped, outer pipes optional. */
    static int writtenCells(String line) {
        String inner = line.strip().replaceAll("^\\|", "").replaceAll("(?<!\\\\)\\|$", "");
        return inner.isEmpty() ? 0 : inner.split("(?<!\\\\)\\|", -1).length;
    }

    /**
     * A row, padded with empty cells to {@code width} so every row matches the header. Cells beyond the header's
     * width would be lost, so they are a problem.
     */
    private org.guidekit.model.TableRow row(TableRow row, String id, int width) {
        List<List<Inline>> cells = new ArrayList<>();
        for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
            cells.add(inlines.children(cell));
        }
        int written = writtenCells(lines.text(row));
        if (width >= 0 && written > width) {
            // The parser drops cells beyond the header's width; the reader must not lose them silently.
            problems.add(lines.of(row), "this table row has " + written + " cells but the header row has " + width
                    + "; add a column to the header or remove the extra | cells");
        }
        while (width >= 0 && cells.size() < width) {
            cells.add(List.of());
        }
        return new org.guidekit.model.TableRow(id, width >= 0 ? cells.subList(0, width) : cells);
    }
}
