package org.guidekit.library;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.guidekit.check.CheckSettings;
import org.guidekit.error.GuidekitException;
import org.guidekit.error.InternalException;
import org.guidekit.model.Guide;
import org.guidekit.read.MarkdownGuideReader;
import org.guidekit.render.RenderOptions;
import org.guidekit.render.Renderer;

/**
 * One guide through the render loop: read its bytes once, parse them, refuse it if the safety checks find errors,
 * then render each format whose inputs changed. Whatever goes wrong, even a bug, becomes this guide's failed
 * outcome and never reaches the other guides.
 */
record GuideJob(List<Renderer> renderers, RenderOptions options, Path out, boolean force, boolean skipUnsupported,
                BuildListener listener, CheckSettings gate) {

    GuideOutcome run(Path file, BuildContext context, OutputState state) {
        listener.guideStarted(MarkdownGuideReader.name(file));
        GuideOutcome outcome;
        try {
            GuideFiles.outputFolder(file, out);
            context.requireReadable();
            byte[] bytes = MarkdownGuideReader.readSource(file);
            Guide guide = MarkdownGuideReader.read(file, bytes);
            SafetyGate.check(guide, context.checkSettings(gate));
            BuildManifest manifest = state.open(); // only now: a refused guide leaves the output folder untouched
            outcome = new IncrementalGuide(file, guide, manifest, out, force, skipUnsupported)
                    .build(renderers, context.renderOptions(options));
            outcome = stillPublished(outcome, manifest);
        } catch (GuidekitException e) {
            outcome = stillPublished(GuideOutcome.failed(file, List.of(), e), state);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError | LinkageError e) {
            outcome = stillPublished(GuideOutcome.failed(file, List.of(), new InternalException(file.toString(), e)),
                    state);
        }
        listener.guideFinished(outcome);
        return outcome;
    }

    /** A second guide whose name another guide already has would share its output folder. */
    GuideOutcome duplicate(Path file, Path first) {
        GuideOutcome o = GuideOutcome.failed(file, List.of(), GuideFiles.sameName(file, first));
        listener.guideFinished(o);
        return o;
    }

    private GuideOutcome stillPublished(GuideOutcome o, OutputState state) {
        return state.isOpen() ? stillPublished(o, state.open()) : o;
    }

    /**
     * A failed guide's earlier output stays in place (nothing is deleted because of a typo), but staff must know
     * that patients would get the old text, perhaps with an old dose.
     */
    private GuideOutcome stillPublished(GuideOutcome o, BuildManifest manifest) {
        String name = MarkdownGuideReader.name(o.source());
        if (o.status() != GuideOutcome.Status.FAILED || manifest.get(name).isEmpty()) {
            return o;
        }
        List<String> notes = new ArrayList<>(o.notes());
        notes.add(o.source() + ": the previous version is still in " + out.resolve(name) + "; fix the problem "
                + "above and build again, or delete that folder so the old text is not handed out");
        return new GuideOutcome(o.source(), o.status(), o.files(), o.pages(), o.audioSeconds(), o.failure(), notes);
    }
}
