package org.guidekit.check;

import java.util.List;

/**
 * One content check. Rules are stateless and pure: they read the guide through a {@link CheckContext} and return
 * what they found; they never print, read files or throw for bad content.
 */
interface Rule {
    /** The rule ids this rule can report, for documentation and tests. */
    List<String> ids();

    /** What the rule found in the context's guide; empty when all is well. */
    List<Finding> check(CheckContext context);
}
