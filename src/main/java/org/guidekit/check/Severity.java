package org.guidekit.check;

import java.util.Locale;

/** How much a finding matters: errors stop a guide, warnings should be fixed, info is advice. */
public enum Severity {
    ERROR, WARNING, INFO;

    /** The lower-case word shown to users: "warning". */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
