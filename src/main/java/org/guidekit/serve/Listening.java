package org.guidekit.serve;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.guidekit.model.Guide;
import org.guidekit.render.RenderOptions;
import org.guidekit.render.audio.SpeechPreview;
import org.guidekit.render.speech.SpeechScript;

import io.javalin.http.Context;

/**
 * Hearing a guide in the workspace: any selected text on demand, and the guide section by section with the
 * sentence being read highlighted. One warm voice ({@link SpeechPreview}) serves both; a section is spoken once
 * per version of the guide and kept for its timings and replays.
 */
final class Listening {
    private static final int SECTIONS_KEPT = 24;
    /**
     * The most words spoken for one request, about 25 minutes at the default rate: the voice takes time in
     * proportion to what it says, and a page must answer. A longer section is heard in the audio edition.
     */
    static final int MAX_WORDS = 4_000;

    private final Library library;
    private final SpeechPreview voice = new SpeechPreview();
    private final Map<String, SpeechPreview.Speech> sections = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, SpeechPreview.Speech> eldest) {
            return size() > SECTIONS_KEPT;
        }
    };

    Listening(Library library) {
        this.library = library;
    }

    SpeechScript script(Path file) {
        return SpeechPreview.script(library.read(file), options());
    }

    private RenderOptions options() {
        return library.options();
    }

    /** POST /speak (file, text): the text spoken with the guide's pronunciations, as WAV. */
    void speak(Context ctx) {
        Path file = library.files().guide(Routes.param(ctx, "file"));
        String text = ctx.formParam("text");
        int words = text == null || text.isBlank() ? 0 : text.strip().split("\\s+").length;
        if (words > MAX_WORDS) {
            throw new Refusal(413, "The selected text is " + words + " words long, more than the " + MAX_WORDS
                    + " the workspace speaks at once; select less, or build the audio edition.");
        }
        Guide guide = library.read(file);
        byte[] wav = voice.speakText(text, guide, options()).wav();
        ctx.header("Cache-Control", "no-store");
        ctx.contentType("audio/wav").result(wav);
    }

    /** GET /section-audio (file, section): one section spoken, as WAV. */
    void sectionAudio(Context ctx) {
        SpeechPreview.Speech s = section(ctx);
        ctx.header("Cache-Control", "no-store");
        ctx.contentType("audio/wav").result(s.wav());
    }

    /** GET /section-timings (file, section): when each sentence of the section starts and ends, as JSON. */
    void sectionTimings(Context ctx) {
        ctx.header("Cache-Control", "no-store");
        ctx.contentType("application/json").result(LibraryPages.timings(section(ctx)));
    }

    private SpeechPreview.Speech section(Context ctx) {
        Path file = library.files().guide(Routes.param(ctx, "file"));
        int index = Routes.intParam(ctx, "section", 0);
        Guide guide = library.read(file);
        RenderOptions options = options();
        var script = SpeechPreview.script(guide, options);
        int count = script.sections().size();
        if (index < 0 || index >= count) {
            throw Refusal.notFound("The guide has " + count + " sections; there is no section " + index + ".");
        }
        int words = script.sections().get(index).wordCount();
        if (words > MAX_WORDS) {
            throw new Refusal(413, "This section is " + words + " words long, more than the " + MAX_WORDS + " the "
                    + "workspace speaks at once; split it with headings, or build the audio edition to hear it.");
        }
        String key = file + "#" + SafeSave.open(file).version() + "#" + options.hashCode() + "#" + index;
        synchronized (sections) {
            SpeechPreview.Speech s = sections.get(key);
            if (s == null) {
                s = voice.speakSection(guide, options, index);
                sections.put(key, s);
            }
            return s;
        }
    }

    /**
     * Each section's length in milliseconds where it is known: a section already spoken for this version of the
     * guide is measured from its sound; any other is -1 (the page then shows an estimate from its words).
     */
    long[] knownLengths(Path file, int count) {
        long[] lengths = new long[count];
        java.util.Arrays.fill(lengths, -1);
        String prefix = file + "#" + SafeSave.open(file).version() + "#" + options().hashCode() + "#";
        synchronized (sections) {
            for (int i = 0; i < count; i++) {
                SpeechPreview.Speech s = sections.get(prefix + i);
                if (s != null) {
                    lengths[i] = wavMillis(s.wav());
                }
            }
        }
        return lengths;
    }

    /** The length of a PCM WAV file from its header: data bytes over bytes per second. */
    static long wavMillis(byte[] wav) {
        if (wav.length < 44) {
            return -1;
        }
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(wav).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        int byteRate = b.getInt(28);
        return byteRate <= 0 ? -1 : (wav.length - 44) * 1000L / byteRate;
    }

    /** The speaking rate the guide's sound uses, in words per minute. */
    int wordsPerMinute() {
        return options().wordsPerMinute();
    }

    void close() {
        voice.close();
    }
}
