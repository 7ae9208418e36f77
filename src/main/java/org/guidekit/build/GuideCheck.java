package org.guidekit.build;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.guidekit.check.CheckSettings;
import org.guidekit.check.GuideChecker;
import org.guidekit.check.Finding;
import org.guidekit.check.GuideReport;
import org.guidekit.check.StructureFindings;
import org.guidekit.error.ContentException;
import org.guidekit.error.Problem;
import org.guidekit.model.Guide;
import org.guidekit.read.AllowedLinksReader;
import org.guidekit.read.MarkdownGuideReader;
import org.guidekit.read.PronunciationListReader;
import org.guidekit.read.ReadResult;
import org.guidekit.render.audio.SpokenGuide;
import org.guidekit.render.speech.Pronunciations;

/** Checks guide files: reads each into the model and runs the content checks over it. */
public final class GuideCheck {
    private GuideCheck() {
    }

    /** The problems that stop one file from being read; empty when it reads. I/O failures are thrown. */
    public static List<Problem> check(Path file) {
        try {
            MarkdownGuideReader.read(file);
            return List.of();
        } catch (ContentException e) {
            return e.problems();
        }
    }

    /**
     * The full review of one file: structure problems as errors when it cannot be read, else every content check,
     * with the approved sites and pronunciations of the file's folder added to {@code settings}.
     */
    public static GuideReport review(Path file, CheckSettings settings) {
        CheckSettings withFolder;
        try {
            Path folder = file.toAbsolutePath().getParent();
            Set<String> hosts = AllowedLinksReader.readFrom(folder);
            Map<String, String> pronunciations = PronunciationListReader.readFrom(folder);
            withFolder = settings.withShared(hosts, pronunciations);
        } catch (ContentException e) {
            return GuideChecker.unreadable(file.toString(), e.problems(), settings);
        }
        ReadResult read = MarkdownGuideReader.readAll(file);
        if (read.guide().isEmpty()) {
            return GuideChecker.unreadable(file.toString(), read.problems(), withFolder);
        }
        Guide guide = read.guide().get();
        GuideReport report = GuideChecker.check(guide, read.problems(), withFolder);
        return withPronunciationProblems(report, file, guide, withFolder.pronunciations());
    }

    /** The voice's own validation of the pronunciation lists, so check fails where the audio would. */
    private static GuideReport withPronunciationProblems(GuideReport report, Path file, Guide guide,
                                                         Map<String, String> shared) {
        if (SpokenGuide.unsupported(guide).isPresent()) {
            return report; // no audio is made for it, so its pronunciations are never used
        }
        try {
            String sharedFile = file.toAbsolutePath().getParent().resolve(PronunciationListReader.FILE_NAME)
                    .toString();
            Pronunciations.resolve(shared, sharedFile, guide.metadata().pronunciations(), guide.source());
            return report;
        } catch (ContentException e) {
            List<Finding> findings = new ArrayList<>(report.findings());
            findings.addAll(StructureFindings.of(e.problems()));
            return new GuideReport(report.file(), findings, report.readability(), report.targetGrade());
        }
    }
}
