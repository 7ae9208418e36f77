package org.guidekit.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.guidekit.GuidekitVersion;
import org.guidekit.error.IoReason;
import org.guidekit.error.OutputException;
import org.guidekit.model.Figure;
import org.guidekit.model.Guide;
import org.guidekit.read.PronunciationListReader;
import org.guidekit.render.RenderOptions;

/**
 * A SHA-256 over everything that decides a guide's output in one format: its source bytes, its images, the shared
 * pronunciation list, the options, the format and guidekit's version. Equal fingerprints mean the output on disk
 * is still right, so an incremental build may skip the guide.
 */
final class Fingerprint {
    private final MessageDigest digest;

    private Fingerprint() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    static String of(Path source, Guide guide, RenderOptions options, String format) {
        Fingerprint f = new Fingerprint();
        f.text("guidekit " + GuidekitVersion.get() + " format " + format);
        f.text(describe(options));
        f.file(source);
        f.file(source.toAbsolutePath().getParent().resolve(PronunciationListReader.FILE_NAME));
        options.font().ifPresent(f::file);
        options.boldFont().ifPresent(f::file);
        guide.figures().stream().map(Figure::file).sorted().distinct().forEach(f::file);
        return HexFormat.of().formatHex(f.digest.digest());
    }

    /** Every option that changes output; the progress sink does not. */
    private static String describe(RenderOptions o) {
        return "paper=" + o.paper().map(Enum::name).orElse("auto") + " size=" + o.bodySize() + " font="
                + o.font().map(Path::toString).orElse("") + " bold=" + o.boldFont().map(Path::toString).orElse("")
                + " rate=" + o.wordsPerMinute() + " pitch=" + o.pitch().map(String::valueOf).orElse("")
                + " zip=" + o.zip() + " braille=" + o.brailleGrade() + "/" + o.brailleCells() + "x" + o.brailleLines();
    }

    private void text(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        length(b.length);
        digest.update(b);
    }

    private void file(Path p) {
        text(p.getFileName().toString());
        try {
            byte[] b = Files.isRegularFile(p) ? Files.readAllBytes(p) : new byte[0];
            length(b.length);
            digest.update(b);
        } catch (IOException e) {
            throw new OutputException(p + ": cannot read (" + IoReason.of(e) + ")", e);
        }
    }

    /** Length-prefixing keeps "ab"+"c" and "a"+"bc" apart. */
    private void length(int n) {
        digest.update(new byte[] {(byte) (n >>> 24), (byte) (n >>> 16), (byte) (n >>> 8), (byte) n});
    }
}
