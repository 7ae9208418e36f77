package org.guidekit.read;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.guidekit.error.ContentException;
import org.guidekit.error.IoReason;
import org.guidekit.error.OutputException;
import org.guidekit.error.Problem;

/** Reads a guide file as text, refusing what is not a UTF-8 text file. */
final class SourceText {
    /** Far above any real guide (the 50,000-word benchmark guide is ~350 KB) but bounds memory and time. */
    static final long MAX_BYTES = 8L * 1024 * 1024;

    private SourceText() {
    }

    /** The file's text with line ends normalised to {@code \n} and any byte-order mark removed. */
    static String read(Path path, String name) {
        return fromBytes(readBytes(path, name), name);
    }

    /** {@link #read} for bytes already read (the file's name is for messages). */
    static String fromBytes(byte[] bytes, String name) {
        if (bytes.length > MAX_BYTES) {
            throw error(name, 0, "the file is " + bytes.length / (1024 * 1024) + " MB, larger than the "
                    + MAX_BYTES / (1024 * 1024) + " MB limit; split it into several guides");
        }
        if (bytes.length == 0 || isBlank(bytes)) {
            throw error(name, 0, "the file is empty; start it with front matter: a line ---, title: Your title, "
                    + "and a closing ---");
        }
        int nul = indexOf(bytes, (byte) 0);
        if (nul >= 0) {
            throw error(name, lineAt(bytes, nul), "this is a binary file, not text; guides must be Markdown text "
                    + "files saved as UTF-8");
        }
        String text = decodeUtf8(bytes, name);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        checkControlCharacters(text, name);
        return ControlCharacters.canonical(text);
    }

    /**
     * Invisible control and format characters (pasted from other programs) would print as nothing, break the voice
     * or hide a word from the checks ({@link ControlCharacters}); soft hyphens are removed afterwards.
     */
    private static void checkControlCharacters(String text, String name) {
        int line = 1;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (c == '\n') {
                line++;
            } else if (ControlCharacters.isRefused(c, true)) {
                throw error(name, line, "this line holds an " + ControlCharacters.describe(c)
                        + "; delete it (retype the line if you cannot see it)");
            }
            i += Character.charCount(c);
        }
    }

    /**
     * The file's bytes. This is where every guide and settings file is read, so a name that is not a regular file
     * (a named pipe would block the command for ever) is refused here, for every command and the workspace alike.
     */
    static byte[] readBytes(Path path, String name) {
        String notRegular = IoReason.notRegular(path);
        if (notRegular != null) {
            throw error(name, 0, "this " + notRegular);
        }
        try {
            long size = Files.size(path);
            if (size > MAX_BYTES) {
                throw error(name, 0, "the file is " + size / (1024 * 1024) + " MB, larger than the "
                        + MAX_BYTES / (1024 * 1024) + " MB limit; split it into several guides");
            }
            return Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new OutputException(name + ": no such file; check the path", e);
        } catch (IOException e) {
            throw new OutputException(name + ": cannot read the file (" + IoReason.of(e) + ")", e);
        }
    }

    private static String decodeUtf8(byte[] bytes, String name) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            int offset = firstInvalidUtf8(bytes);
            throw error(name, lineAt(bytes, offset), "the file is not UTF-8 text (byte 0x"
                    + String.format("%02X", bytes[offset] & 0xFF) + "); save it as UTF-8 in your editor");
        }
    }

    /** Offset of the first byte that breaks UTF-8, for the line number in the message. */
    private static int firstInvalidUtf8(byte[] b) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(b.length + 1);
        decoder.decode(in, out, true);
        return Math.min(in.position(), b.length - 1);
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] bytes, byte value) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == value) {
                return i;
            }
        }
        return -1;
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static ContentException error(String name, int line, String message) {
        return new ContentException(new Problem(name, line, message));
    }
}
