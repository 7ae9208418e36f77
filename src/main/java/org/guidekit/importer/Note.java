package org.guidekit.importer;

import org.guidekit.check.Finding;
import org.guidekit.check.Severity;

/**
 * One thing the importer changed, left out or could not do. It points at the written Markdown line when the
 * thing is in the guide (set once the line is known), else at the Word file and the paragraph's number there.
 */
final class Note {
    enum Where { MARKDOWN, WORD }

    final String rule;
    final Severity severity;
    final String message;
    final String action;
    final Where where;
    /** Markdown line (set by the writer), or Word paragraph number; 0 for the whole file. */
    int line;

    private Note(String rule, Severity severity, Where where, int line, String message, String action) {
        this.rule = "import-" + rule;
        this.severity = severity;
        this.where = where;
        this.line = line;
        this.message = message;
        this.action = action;
    }

    /** About something written to the guide; its line is filled in when the block is written. */
    static Note inGuide(String rule, Severity severity, String message, String action) {
        return new Note(rule, severity, Where.MARKDOWN, 0, message, action);
    }

    /** About something of the Word file that is not in the guide: paragraph {@code paragraph}, or 0. */
    static Note inWord(String rule, Severity severity, int paragraph, String message, String action) {
        return new Note(rule, severity, Where.WORD, paragraph, message, action);
    }

    Finding finding(String markdownFile, String wordFile) {
        return new Finding(rule, severity, where == Where.MARKDOWN ? markdownFile : wordFile, line, message, action);
    }
}
