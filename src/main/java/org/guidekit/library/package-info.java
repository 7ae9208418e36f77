/**
 * Whole-library work, so that one broken guide is reported and never stops the others. Entry points:
 * {@link org.guidekit.library.BuildContext} (what a content folder shares: the approved sites, the pronunciations and
 * the clinic's settings, resolved once per build), {@link org.guidekit.library.LibraryBuild} (the one render loop of
 * {@code render} and {@code build}: read each guide's bytes once, refuse it at the safety gate, render each format
 * whose declared inputs changed, record what was written) and {@link org.guidekit.library.GuideCheck} (what
 * {@code check} reports: the reader's problems, the content rules and every renderer's preflight, i.e. everything a
 * build would refuse). The build's own records (the manifest, the lock and the speech cache) live in a state folder
 * beside the output folder, so the output folder holds only the editions and the library page.
 */
package org.guidekit.library;
