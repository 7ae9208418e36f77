package org.guidekit.render.audio;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * The words of one of FreeTTS's compiled lexicons, without their phones: what {@link FreeTtsLexicon} asks ("is
 * this word in the dictionary?") answered from a sorted array. FreeTTS's own {@code CMULexicon.load()} builds a
 * map of 100,000 entries with their phone strings, ≈0.3 s of a short run's start (issue 13); reading the same file
 * for its words alone takes a few tens of milliseconds.
 *
 * <p>Written by hand because FreeTTS has no way to ask for a word without loading the phones. The file format is
 * FreeTTS's ({@code LexiconImpl.loadBinaryLexicon}, FreeTTS 1.2.2, pinned): magic {@code 0xBABB1E}, version 1,
 * the phone table (a count, then strings), then a count of entries, each a string (the word followed by one
 * part-of-speech character) and a count of phone indexes. A string is a length byte then UTF-16 characters.
 * {@code LexiconWordsTest} proves the answers equal {@code CMULexicon}'s for every word of the dictionary.
 */
final class LexiconWords {
    private static final String FOLDER = "/com/sun/speech/freetts/en/us/";
    private static final int MAGIC = 0xBABB1E;
    /** Words of at most this many letters a to z are packed five bits a letter into one long. */
    private static final int PACKED_LETTERS = 12;

    private final long[] packed;
    /** The few words that do not pack: longer ones, capitals, punctuation. */
    private final Set<String> others;

    private LexiconWords(long[] packed, Set<String> others) {
        this.packed = packed;
        this.others = others;
    }

    /** The words of lexicon {@code name} ("cmulex", "cmudict04"): its compiled file and its addenda. */
    static LexiconWords load(String name) {
        Set<String> others = new HashSet<>();
        long[] compiled = read(FOLDER + name + "_compiled.bin", others);
        long[] addenda = read(FOLDER + name + "_addenda.bin", others);
        long[] all = Arrays.copyOf(compiled, compiled.length + addenda.length);
        System.arraycopy(addenda, 0, all, compiled.length, addenda.length);
        Arrays.sort(all);
        return new LexiconWords(all, others);
    }

    /** True when {@code word} (compared exactly, as FreeTTS does) has an entry, with any part of speech. */
    boolean contains(String word) {
        long key = pack(word, 0, word.length());
        return key != 0 ? Arrays.binarySearch(packed, key) >= 0 : others.contains(word);
    }

    private static long[] read(String resource, Set<String> others) {
        byte[] bytes;
        try (InputStream in = LexiconWords.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("FreeTTS's lexicon " + resource + " is missing from the class path");
            }
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read FreeTTS's lexicon " + resource, e);
        }
        try {
            return parse(ByteBuffer.wrap(bytes), others);
        } catch (BufferUnderflowException | IllegalArgumentException e) {
            throw new IllegalStateException("FreeTTS's lexicon " + resource + " is not in the format of FreeTTS 1.2.2",
                    e);
        }
    }

    private static long[] parse(ByteBuffer in, Set<String> others) {
        if (in.getInt() != MAGIC || in.getInt() != 1) {
            throw new IllegalArgumentException("bad magic number or version");
        }
        int phones = in.getInt();
        for (int i = 0; i < phones; i++) {
            int length = Byte.toUnsignedInt(in.get());
            in.position(in.position() + 2 * length);
        }
        int entries = in.getInt();
        long[] packed = new long[entries];
        int count = 0;
        char[] chars = new char[256];
        java.nio.CharBuffer word = java.nio.CharBuffer.wrap(chars); // one view, reused for every entry
        for (int i = 0; i < entries; i++) {
            int length = Byte.toUnsignedInt(in.get());
            for (int c = 0; c < length; c++) {
                chars[c] = in.getChar();
            }
            int phoneCount = Byte.toUnsignedInt(in.get());
            in.position(in.position() + phoneCount); // the phone indexes
            int wordLength = length - 1; // the last character is the part of speech
            long key = pack(word, 0, wordLength);
            if (key != 0) {
                packed[count++] = key;
            } else if (wordLength > 0) {
                others.add(new String(chars, 0, wordLength));
            }
        }
        return Arrays.copyOf(packed, count);
    }

    /** Letters a-z as 1-26, five bits each, first letter highest; 0 when the word does not pack. */
    private static long pack(CharSequence word, int from, int to) {
        if (to - from == 0 || to - from > PACKED_LETTERS) {
            return 0;
        }
        long key = 0;
        for (int i = from; i < to; i++) {
            char c = word.charAt(i);
            if (c < 'a' || c > 'z') {
                return 0;
            }
            key = key << 5 | (c - 'a' + 1);
        }
        return key << 5 * (PACKED_LETTERS - (to - from)); // left-aligned: distinct lengths never collide
    }
}
