package org.guidekit.render.daisy;

import org.guidekit.render.xml.XmlOut;

import java.io.IOException;
import java.io.OutputStream;

/** Writes one SMIL 1.0 file: a sequence of pars, each pairing a content element with its audio clip. */
final class SmilWriter {
    static final String DOCTYPE = "<!DOCTYPE smil PUBLIC \"-//W3C//DTD SMIL 1.0//EN\" "
            + "\"http://www.w3.org/TR/REC-smil/SMIL10.dtd\">";
    static final String CONTENT = "content.html";

    private SmilWriter() {
    }

    static void write(DaisyBook book, DaisyBook.SmilFile file, OutputStream out) throws IOException {
        XmlOut x = new XmlOut(out);
        x.prolog(DOCTYPE);
        x.open("smil");
        x.open("head");
        meta(x, "dc:format", "Daisy 2.02");
        meta(x, "dc:identifier", book.meta().identifier());
        meta(x, "dc:title", book.meta().title());
        meta(x, "ncc:generator", book.meta().generator());
        meta(x, "ncc:timeInThisSmil", DaisyTime.clock(file.durationMs()));
        meta(x, "ncc:totalElapsedTime", DaisyTime.clock(file.elapsedMs()));
        x.open("layout");
        x.empty("region", "id", "txtView");
        x.close();
        x.close();
        x.open("body");
        x.open("seq", "dur", DaisyTime.seconds(file.durationMs()));
        int n = 0;
        for (DaisyBook.Par p : file.pars()) {
            n++;
            x.open("par", "endsync", "last", "id", p.id());
            x.empty("text", "src", CONTENT + "#" + p.textId(), "id", p.textElementId());
            x.empty("audio", "src", p.audio(), "clip-begin", DaisyTime.npt(p.beginMs()),
                    "clip-end", DaisyTime.npt(p.endMs()), "id", "aud" + n);
            x.close();
        }
        x.close();
        x.close();
        x.close();
        x.finish();
    }

    private static void meta(XmlOut x, String name, String content) throws IOException {
        x.empty("meta", "name", name, "content", content);
    }
}
