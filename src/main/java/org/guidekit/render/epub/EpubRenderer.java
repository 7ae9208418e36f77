package org.guidekit.render.epub;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.guidekit.GuidekitVersion;
import org.guidekit.error.IoReason;
import org.guidekit.error.OutputException;
import org.guidekit.model.Figure;
import org.guidekit.model.Guide;
import org.guidekit.render.AtomicOutput;
import org.guidekit.render.BundledText;
import org.guidekit.render.audio.OptionalAudio;
import org.guidekit.render.RenderInputs;
import org.guidekit.render.RenderOptions;
import org.guidekit.render.Rendition;
import org.guidekit.render.audio.SpokenRenderer;
import org.guidekit.render.audio.SpeechService;
import org.guidekit.render.audio.SynthesizedGuide;
import org.guidekit.render.readalong.Fragment;
import org.guidekit.render.readalong.SpokenTimings;

/**
 * {@code <name>.epub}: EPUB 3 with sentence-level media overlays over the guide's single chaptered MP3, taken from
 * the build's one synthesis. A guide the voice cannot speak gets the same book without audio.
 */
public final class EpubRenderer extends SpokenRenderer {
    /** A renderer that takes the guide's audio from the build's speech service. */
    public EpubRenderer(SpeechService speech) {
        super(speech);
    }

    @Override
    public String format() {
        return "epub";
    }

    @Override
    public String description() {
        return "EPUB 3 e-book; for English guides with the audio and the text highlighted as it is read";
    }

    @Override
    public RenderInputs inputs(Guide guide, RenderOptions options) {
        return OptionalAudio.inputs(format(), guide, options).text("stylesheet", stylesheet());
    }

    @Override
    public void preflight(Guide guide, RenderOptions options) {
        OptionalAudio.preflight(guide, options, speech);
    }

    @Override
    public Rendition render(Guide guide, RenderOptions options, Path guideDir) {
        Path target = guideDir.resolve(guide.name() + ".epub");
        if (!OptionalAudio.spoken(guide)) {
            write(guide, EpubPlanner.plan(guide, false), SpokenTimings.none(), Optional.empty(), target);
            return Rendition.of(List.of(target));
        }
        try (SpeechService.Lease lease = speech.speak(guide, options, false)) {
            SynthesizedGuide audio = lease.audio();
            String mp3 = guide.name() + ".mp3";
            // the guide's one chaptered MP3, joined once for the audio edition, this book and the page
            write(guide, EpubPlanner.plan(guide, true), SpokenTimings.of(audio, mp3), Optional.of(audio.chapteredMp3()),
                    target);
            return new Rendition(List.of(target), 0, audio.mp3Millis() / 1000.0);
        }
    }

    private static void write(Guide guide, EpubPlan plan, SpokenTimings timings, Optional<Path> mp3, Path target) {
        String root = "EPUB/";
        Map<String, byte[]> texts = new LinkedHashMap<>();
        Map<String, Long> overlayMs = new LinkedHashMap<>();
        try {
            for (EpubPlan.Part p : plan.parts()) {
                ByteArrayOutputStream doc = new ByteArrayOutputStream();
                List<Fragment> fragments = ContentWriter.write(guide, p, timings, doc);
                texts.put(root + p.file(), doc.toByteArray());
                if (plan.audio().isPresent()) {
                    ByteArrayOutputStream smil = new ByteArrayOutputStream();
                    OverlayWriter.write(p, fragments, plan.audio().get(), smil);
                    texts.put(root + p.overlayFile(), smil.toByteArray());
                    overlayMs.put(p.id(), OverlayWriter.duration(fragments));
                }
            }
            ByteArrayOutputStream nav = new ByteArrayOutputStream();
            NavWriter.write(guide, plan, nav);
            ByteArrayOutputStream opf = new ByteArrayOutputStream();
            PackageWriter.write(plan, overlayMs, guide.figures(), "guidekit " + GuidekitVersion.get(), opf);
            AtomicOutput.write(target, out -> {
                try (EpubZip zip = new EpubZip(out)) {
                    zip.deflated("META-INF/container.xml", container(root + PackageWriter.FILE));
                    zip.deflated(root + PackageWriter.FILE, opf.toByteArray());
                    zip.deflated(root + NavWriter.FILE, nav.toByteArray());
                    zip.deflated(root + ContentWriter.STYLESHEET, stylesheet().getBytes(StandardCharsets.UTF_8));
                    for (Map.Entry<String, byte[]> e : texts.entrySet()) {
                        zip.deflated(e.getKey(), e.getValue());
                    }
                    if (mp3.isPresent()) {
                        zip.stored(root + plan.audio().orElseThrow(), mp3.get());
                    }
                    for (Figure f : guide.figures()) {
                        zip.stored(root + ContentWriter.imagePath(f), f.file());
                    }
                }
            });
        } catch (IOException e) {
            throw new OutputException(target + ": cannot write the EPUB (" + IoReason.of(e) + ")", e);
        }
    }

    private static byte[] container(String opf) {
        return ("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                + "<container xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\" version=\"1.0\">\n"
                + "  <rootfiles>\n    <rootfile full-path=\"" + opf + "\" media-type=\"application/oebps-package+xml\"/>\n"
                + "  </rootfiles>\n</container>\n").getBytes(StandardCharsets.UTF_8);
    }

    static String stylesheet() {
        return BundledText.read(EpubRenderer.class, ContentWriter.STYLESHEET);
    }
}
