package org.guidekit.check;

import java.util.ArrayList;
import java.util.List;

/** What one rule finds in one guide, in the order found; every finding is in the guide's file. */
final class Findings {
    private final CheckContext context;
    private final String rule;
    private final List<Finding> found = new ArrayList<>();

    /** @param rule the id of the rule's findings when {@link #add(Severity, int, String, String)} names none */
    Findings(CheckContext context, String rule) {
        this.context = context;
        this.rule = rule;
    }

    /** A finding of the rule's own id. */
    void add(Severity severity, int line, String message, String action) {
        add(rule, severity, line, message, action);
    }

    /** A finding of one of the rule's ids, for rules that report more than one. */
    void add(String id, Severity severity, int line, String message, String action) {
        found.add(context.finding(id, severity, line, message, action));
    }

    /** The guide being checked, for rules whose condition depends on its settings. */
    CheckContext context() {
        return context;
    }

    List<Finding> list() {
        return found;
    }
}
