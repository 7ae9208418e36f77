package org.guidekit.render.epub;

import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.adobe.epubcheck.api.EPUBLocation;
import com.adobe.epubcheck.api.EpubCheck;
import com.adobe.epubcheck.api.Report;
import com.adobe.epubcheck.messages.MessageId;
import com.adobe.epubcheck.messages.Severity;
import com.adobe.epubcheck.util.DefaultReportImpl;

/** Runs EPUBCheck in-process and collects every message of severity warning or worse, with its place. */
final class EpubCheckRun {
    private EpubCheckRun() {
    }

    static List<String> problems(Path epub) {
        List<String> problems = new ArrayList<>();
        Report report = new DefaultReportImpl(epub.toString()) {
            @Override
            public void message(com.adobe.epubcheck.messages.Message message, EPUBLocation location, Object... args) {
                Severity s = message.getSeverity();
                if (s == Severity.WARNING || s == Severity.ERROR || s == Severity.FATAL) {
                    problems.add(s + " " + message.getID() + " " + location + ": " + message.getMessage(args));
                }
            }

            @Override
            public void info(String resource, com.adobe.epubcheck.util.FeatureEnum feature, String value) {
            }
        };
        new EpubCheck(new File(epub.toString()), report).doValidate();
        return problems;
    }

    public static void main(String[] args) {
        problems(Path.of(args[0])).forEach(System.out::println);
    }
}
