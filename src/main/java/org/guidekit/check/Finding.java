package org.guidekit.check;

import org.guidekit.model.Required;

/**
 * One thing a check found in a guide.
 *
 * @param rule     stable rule id such as {@code long-sentence}, for filtering and for tools reading the JSON
 * @param severity how much it matters
 * @param file     the guide file as the user named it
 * @param line     1-based line, or 0 when the finding concerns the whole file
 * @param message  what is wrong, in words clinic staff understand
 * @param action   what to do about it
 */
public record Finding(String rule, Severity severity, String file, int line, String message, String action) {
    public Finding {
        Required.nonNull("rule severity file message action", rule, severity, file, message, action);
        message = org.guidekit.error.PrintableText.of(message);
        action = org.guidekit.error.PrintableText.of(action);
    }

    /** {@code path:line: warning [rule] message; what to do} (no line part when line is 0). */
    @Override
    public String toString() {
        String shown = org.guidekit.error.PrintableText.of(file);
        String where = line > 0 ? shown + ":" + line : shown;
        return where + ": " + severity.label() + " [" + rule + "] " + message + (action.isEmpty() ? "" : "; " + action);
    }
}
