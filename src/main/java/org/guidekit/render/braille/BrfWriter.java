package org.guidekit.render.braille;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The BRF file: North American ASCII braille, upper case as embossers and notetakers expect, lines ended by CR LF,
 * a form feed between pages.
 */
final class BrfWriter {
    private BrfWriter() {
    }

    static byte[] write(BraillePages pages) {
        StringBuilder sb = new StringBuilder();
        List<List<String>> all = pages.pages();
        for (int p = 0; p < all.size(); p++) {
            if (p > 0) {
                sb.append('\f');
            }
            for (String line : all.get(p)) {
                sb.append(AsciiBraille.fromUnicode(line)).append("\r\n");
            }
        }
        return sb.toString().getBytes(StandardCharsets.US_ASCII);
    }
}
