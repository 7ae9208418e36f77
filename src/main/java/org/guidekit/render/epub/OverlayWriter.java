package org.guidekit.render.epub;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

import org.guidekit.render.readalong.Fragment;
import org.guidekit.render.xml.XmlOut;

/** Writes one SMIL media overlay: a par per printed sentence, pointing at its clip in the guide's MP3. */
final class OverlayWriter {
    private OverlayWriter() {
    }

    static void write(EpubPlan.Part part, List<Fragment> fragments, String audio, OutputStream out)
            throws IOException {
        XmlOut x = new XmlOut(out);
        x.prolog(null);
        x.open("smil", "xmlns", "http://www.w3.org/ns/SMIL", "xmlns:epub", ContentWriter.OPS, "version", "3.0");
        x.open("body");
        x.open("seq", "id", "seq-" + part.id(), "epub:textref", part.file());
        int n = 0;
        for (Fragment f : fragments) {
            x.open("par", "id", "par" + ++n);
            x.empty("text", "src", part.file() + "#" + f.id());
            x.empty("audio", "src", audio, "clipBegin", clock(f.beginMs()), "clipEnd", clock(f.endMs()));
            x.close();
        }
        x.close();
        x.close();
        x.close();
        x.finish();
    }

    /** A SMIL full clock value, {@code 0:01:02.345}, also used for {@code media:duration}. */
    static String clock(long ms) {
        return String.format(Locale.ROOT, "%d:%02d:%02d.%03d", ms / 3_600_000, ms / 60_000 % 60, ms / 1000 % 60,
                ms % 1000);
    }

    static long duration(List<Fragment> fragments) {
        return fragments.stream().mapToLong(Fragment::durationMs).sum();
    }
}
