/**
 * Whole-library work: finding the guides in a content folder, checking them, and rendering each into every
 * requested format, so that one broken guide is reported and never stops the others.
 */
package org.guidekit.library;
