package org.guidekit.render.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.guidekit.error.RenderException;

/**
 * A parsed TrueType font with fast glyph widths (cached per character) and glyph coverage. The bundled font is
 * Atkinson Hyperlegible (Braille Institute, SIL Open Font License, {@code fonts/OFL.txt} beside it), designed for
 * low vision: I, l and 1 and 0 and O cannot be mistaken. Its bytes are read once per JVM; each document parses its
 * own copy, so renders may run in parallel.
 */
final class FontFace implements AutoCloseable {
    private static final String FONTS = "fonts/";
    private static final byte[] REGULAR = bundled("AtkinsonHyperlegible-Regular.ttf");
    private static final byte[] BOLD = bundled("AtkinsonHyperlegible-Bold.ttf");
    private static final String NO_UNICODE_MAP = "it has no Unicode character map";

    private final String name;
    private final TrueTypeFont font;
    private final CmapLookup cmap;
    private final float scale;
    private final float[] widths = new float[0x10000];

    private FontFace(String name, TrueTypeFont font) throws IOException {
        this.name = name;
        this.font = font;
        this.cmap = font.getUnicodeCmapLookup();
        this.scale = 1000f / font.getHeader().getUnitsPerEm();
        java.util.Arrays.fill(widths, -1f);
    }

    /** The bundled Atkinson Hyperlegible, regular or bold. */
    static FontFace bundled(boolean bold) {
        try {
            return parse(bold ? "Atkinson Hyperlegible Bold" : "Atkinson Hyperlegible", bold ? BOLD : REGULAR);
        } catch (IOException e) {
            throw new UncheckedIOException("the bundled Atkinson Hyperlegible font is unreadable", e);
        }
    }

    /** Loads a clinic's font; every problem is a {@link RenderException} that says what to do. */
    static FontFace file(Path path, String option) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new RenderException(option + " " + path + ": no such file; give the path to a .ttf font file");
        } catch (IOException e) {
            throw new RenderException(option + " " + path + ": cannot read it (" + e.getMessage() + ")");
        }
        try {
            FontFace face = parse(option + " " + path, bytes);
            if (face.font.getPostScript() != null && face.font.getPostScript().getItalicAngle() != 0) {
                face.close();
                throw new RenderException(option + " " + path + " is an italic font; large print needs an upright"
                        + " (regular or bold) font");
            }
            return face;
        } catch (IOException | RuntimeException e) {
            if (e instanceof RenderException r) {
                throw r;
            }
            // The parser's own messages ("EOF at 3") mean nothing to clinic staff; say what to do instead.
            String why = NO_UNICODE_MAP.equals(e.getMessage()) ? " (" + NO_UNICODE_MAP + ")" : "";
            throw new RenderException(option + " " + path + " is not a TrueType font guidekit can use" + why
                    + "; give a .ttf file with TrueType outlines, such as AtkinsonHyperlegible-Regular.ttf", e);
        }
    }

    private static FontFace parse(String name, byte[] bytes) throws IOException {
        TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
        // No ligatures: "ﬀ" in "coffee" would reach screen readers and search as one odd character.
        ttf.setEnableGsub(false);
        if (ttf.getUnicodeCmapLookup(false) == null) {
            ttf.close();
            throw new IOException(NO_UNICODE_MAP);
        }
        return new FontFace(name, ttf);
    }

    /** "Atkinson Hyperlegible" or the option and path the user gave, for messages. */
    String name() {
        return name;
    }

    TrueTypeFont font() {
        return font;
    }

    /** True when the font has a glyph for {@code codePoint} or guidekit draws it (a check box, see {@link #drawn}). */
    boolean canShow(int codePoint) {
        return hasGlyph(codePoint) || codePoint == CHECK_BOX;
    }

    boolean hasGlyph(int codePoint) {
        return cmap.getGlyphId(codePoint) > 0;
    }

    /**
     * True when {@code codePoint} is drawn as a shape instead of a glyph: a check box (U+2610) in a font without
     * one, which Atkinson Hyperlegible is. Patient forms print boxes to tick ("Call the doctor ☐ before ☐ within
     * ___ hours"); a box drawn at the text's size serves as well as a glyph.
     */
    boolean drawn(int codePoint) {
        return codePoint == CHECK_BOX && !hasGlyph(codePoint);
    }

    /** The ballot box, U+2610. */
    static final int CHECK_BOX = 0x2610;
    /** A drawn check box's side, in thousandths of the font size: a capital's height, large enough to tick. */
    static final float CHECK_BOX_SIDE = 680;
    /**
     * A drawn check box's advance, in thousandths of the font size: the square with a little room either side
     * (a wider gap and pdftotext takes the words either side for two columns).
     */
    static final float CHECK_BOX_ADVANCE = 820;

    /** Width in thousandths of the font size. */
    float width(String text) {
        float w = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            w += width(cp);
            i += Character.charCount(cp);
        }
        return w;
    }

    private float width(int cp) {
        if (cp < widths.length && widths[cp] >= 0) {
            return widths[cp];
        }
        float w;
        try {
            w = drawn(cp) ? CHECK_BOX_ADVANCE : font.getAdvanceWidth(cmap.getGlyphId(cp)) * scale;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (cp < widths.length) {
            widths[cp] = w;
        }
        return w;
    }

    private static byte[] bundled(String name) {
        try (InputStream in = FontFace.class.getResourceAsStream(FONTS + name)) {
            if (in == null) {
                throw new IllegalStateException("the bundled font is missing from the class path: " + FONTS + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        font.close();
    }
}
