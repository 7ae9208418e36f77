/**
 * Whole-library work, so that one broken guide is reported and never stops the others. Entry points:
 * {@link org.guidekit.library.BuildSession}, the one composition root both front ends open ({@code cli} for
 * {@code check}, {@code render} and {@code build}; {@code serve} for its reviews, previews, list and build button):
 * the content folder's settings and shared lists read once ({@link org.guidekit.library.BuildContext}), the render
 * options (the front end's choices, else {@code guidekit.yaml}'s, else the defaults), the renderers of the chosen
 * formats ({@link org.guidekit.library.Renderers}, the format list), the speech service with its section cache, and
 * "is this guide up to date", answered from the manifest exactly as the build decides what to render, so the command
 * line and the workspace cannot disagree. Behind it: {@code LibraryBuild} (the one render loop of {@code render}
 * and {@code build}: read each guide's bytes once, refuse it at the safety gate, render each format whose declared
 * inputs changed, record what was written) and {@link org.guidekit.library.GuideCheck} (what {@code check}
 * reports: the reader's problems, the content rules and every chosen renderer's preflight, i.e. everything a build
 * would refuse). The build's own records (the manifest, the lock and the speech cache) live in a state folder
 * beside the output folder, so the output folder holds only the editions and the library page.
 */
package org.guidekit.library;
