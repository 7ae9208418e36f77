/**
 * Whole-library work: finding the guides in a content folder, checking them, and rendering each into every
 * requested format, so that one broken guide is reported and never stops the others. The build's own records (the
 * manifest and the lock) live in a {@code StateFolder} beside the output folder, so the output
 * folder holds only the editions and {@code LibraryIndex}'s library page.
 */
package org.guidekit.library;
