/**
 * The one error family of guidekit, each mapped to a documented exit code (pandoc's idea).
 *
 * <p>{@link org.guidekit.error.ContentException} (3) carries {@link org.guidekit.error.Problem}s with file, line
 * and what to do; {@link org.guidekit.error.RenderException} (4) is a renderer that could not produce its file;
 * {@link org.guidekit.error.OutputException} (5) is an I/O failure. Anything else reaching the command line is a
 * bug (1). The CLI prints messages, never stack traces unless {@code --verbose}.
 */
package org.guidekit.error;
