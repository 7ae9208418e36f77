package org.guidekit.render.braille;

import java.util.List;

/**
 * The laid-out braille edition: pages of exactly {@code lines} lines, each line at most {@code cells} Unicode six-dot
 * cells without trailing blanks, the braille page number at the end of each page's last line and, on body pages, the
 * print page number at the end of the first. The BRF and the PEF are two spellings of this.
 */
record BraillePages(int cells, int lines, List<List<String>> pages) {
    BraillePages {
        pages = pages.stream().map(List::copyOf).toList();
        for (List<String> page : pages) {
            if (page.size() != lines) {
                throw new IllegalArgumentException("a page of " + page.size() + " lines, not " + lines);
            }
            for (String line : page) {
                if (line.length() > cells || line.endsWith(String.valueOf(AsciiBraille.BLANK))) {
                    throw new IllegalArgumentException("line too long or with trailing blanks: " + line);
                }
            }
        }
    }
}
