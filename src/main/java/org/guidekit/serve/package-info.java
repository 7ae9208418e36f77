/**
 * The staff workspace, {@code guidekit serve}: a local web app where clinic staff list the guides with their state
 * and reading grade, edit a guide beside its check findings (linked to their lines) and pictures of its handout
 * pages, hear any selected text or play the guide section by section, edit {@code guidekit.yaml},
 * {@code allowed-links.yaml} and {@code pronunciations.yaml}, create guides from the template and build the library
 * with its progress streamed to the page.
 *
 * <p>Entry point: {@link org.guidekit.serve.Workspace#start}. Javalin (and the Jetty and servlet types under it)
 * is used only here. The pages are server-side HTML ({@code EditorPages}, {@code LibraryPages}, {@code Layout})
 * with one small script and one style sheet, no front-end build. The workspace opens the same
 * {@code library.BuildSession} as the command line (for a review, a preview, the list's "up to date" and the build
 * button, each reading the settings as they are then) and shows what the renderers make ({@code PagePreview},
 * {@code SpeechPreview}), so it can never disagree with {@code guidekit check} or {@code guidekit build}.
 *
 * <p>Safety: {@code RequestGuard} accepts only requests addressed to the loopback name and port (no DNS
 * rebinding), changes only with this run's token and the workspace's own {@code Origin}, limits bodies and sets a
 * strict Content-Security-Policy; {@code ContentFiles} keeps every name inside the content folder; {@code SafeSave}
 * never overwrites a file changed on disk, keeps backups in {@code .guidekit-backups/}, checks settings files
 * before saving and writes atomically. Problems are shown on the page, never as a stack trace.
 */
package org.guidekit.serve;
