package org.guidekit.render.braille;

/**
 * North American ASCII braille (the BRF character set): one printable ASCII character for each of the 64 six-dot
 * cells. Liblouis gives Unicode braille, whose low six bits are the dots; this maps them, so the BRF does not depend
 * on a language table's own display characters (French and Spanish tables display accented letters).
 */
final class AsciiBraille {
    /** Indexed by the dot bits: dot 1 = 1, dot 2 = 2, dot 3 = 4, dot 4 = 8, dot 5 = 16, dot 6 = 32. */
    static final String CELLS = " A1B'K2L@CIF/MSP\"E3H9O6R^DJG>NTQ,*5<-U8V.%[$+X!&;:4\\0Z7(_?W]#Y)=";
    /** The blank cell, U+2800. */
    static final char BLANK = '\u2800';

    private AsciiBraille() {
    }

    /** The ASCII braille of a line of Unicode six-dot cells. */
    static String fromUnicode(String cells) {
        StringBuilder sb = new StringBuilder(cells.length());
        for (int i = 0; i < cells.length(); i++) {
            sb.append(CELLS.charAt(dots(cells.charAt(i))));
        }
        return sb.toString();
    }

    /** The Unicode cells of a line of ASCII braille (either case). */
    static String toUnicode(String ascii) {
        StringBuilder sb = new StringBuilder(ascii.length());
        for (int i = 0; i < ascii.length(); i++) {
            char c = Character.toUpperCase(ascii.charAt(i));
            int dots = CELLS.indexOf(c);
            if (dots < 0) {
                throw new IllegalArgumentException("'" + c + "' is not North American ASCII braille");
            }
            sb.append((char) (BLANK + dots));
        }
        return sb.toString();
    }

    /** True for U+2800..U+283F: a cell without dots 7 and 8. */
    static boolean isSixDot(char c) {
        return c >= BLANK && c <= '\u283F';
    }

    private static int dots(char cell) {
        if (!isSixDot(cell)) {
            throw new IllegalArgumentException(String.format("U+%04X is not a six-dot braille cell", (int) cell));
        }
        return cell - BLANK;
    }
}
