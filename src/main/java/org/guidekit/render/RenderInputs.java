package org.guidekit.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;

import org.guidekit.GuidekitVersion;
import org.guidekit.error.IoReason;
import org.guidekit.error.RenderException;
import org.guidekit.model.Figure;
import org.guidekit.model.Guide;

/**
 * What decides one format's bytes for one guide, declared by its renderer as an ordered list of labelled values
 * and file contents, and reduced to a SHA-256. The build compares it with the last build's to skip unchanged work,
 * and renderers derive content ids from it (the PDF {@code /ID}), so both always agree on "what shapes the bytes".
 * Only explicit, ordered inputs go in: never a path as typed, a clock, or the iteration order of a hash map.
 *
 * <pre>{@code RenderInputs.of("pdf", guide).text("size", "18.0").file("font", fontPath).hex()}</pre>
 */
public final class RenderInputs {
    private final MessageDigest digest;

    private RenderInputs() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Starts with what every format depends on: guidekit's version, the format and the guide's source bytes. */
    public static RenderInputs of(String format, Guide guide) {
        return new RenderInputs().text("guidekit", GuidekitVersion.get()).text("format", format)
                .text("source", guide.sourceDigest());
    }

    /** Adds a labelled value. */
    public RenderInputs text(String label, String value) {
        put(label);
        put(value);
        return this;
    }

    /** Adds a map's entries in key order. */
    public RenderInputs entries(String label, Map<String, String> map) {
        text(label, String.valueOf(map.size()));
        map.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> text(e.getKey(), e.getValue()));
        return this;
    }

    /** Adds a file's contents (not its path, which differs between machines and spellings). */
    public RenderInputs file(String label, Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            put(label);
            put(bytes);
            return this;
        } catch (IOException e) {
            throw new RenderException(file + ": cannot read (" + IoReason.of(e) + ")", e);
        }
    }

    /** Adds the bytes of every picture of the guide, in reading order. */
    public RenderInputs figures(Guide guide) {
        for (Figure f : guide.figures()) {
            try {
                put("figure");
                put(Files.readAllBytes(f.file()));
            } catch (IOException e) {
                throw new RenderException(guide.source() + ":" + f.line() + ": cannot read the picture "
                        + f.file().getFileName() + " (" + IoReason.of(e) + ")", e);
            }
        }
        return this;
    }

    /** The digest as 64 hex digits (ends this object's use). */
    public String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The first {@code n} bytes of the digest (ends this object's use). */
    public byte[] bytes(int n) {
        return Arrays.copyOf(digest.digest(), n);
    }

    private void put(String s) {
        put(s.getBytes(StandardCharsets.UTF_8));
    }

    /** Length-prefixed, so "ab"+"c" and "a"+"bc" stay apart. */
    private void put(byte[] b) {
        int n = b.length;
        digest.update(new byte[] {(byte) (n >>> 24), (byte) (n >>> 16), (byte) (n >>> 8), (byte) n});
        digest.update(b);
    }
}
