/**
 * The command line (picocli only lives here). {@link org.guidekit.cli.Main#run} parses the arguments with
 * {@link org.guidekit.cli.GuidekitCommand}, whose {@code --verbose} and {@code --quiet} ({@link
 * org.guidekit.cli.CommonOptions}), {@code --help}, {@code --version} and exit-code list every subcommand inherits,
 * and whose execution strategy sets up logging before a command runs. The subcommands, each a {@link
 * org.guidekit.cli.Subcommand}: {@code build}, {@code check}, {@code render}, {@code import}, {@code new},
 * {@code serve} (and {@code help}; mistyped ones get a suggestion). {@code render} and {@code build} share the mixin
 * {@link org.guidekit.cli.RenderSettings} (the rendering options as typed, and their one render-and-report run in a
 * {@code library.BuildSession}, which fills what was not typed from {@code guidekit.yaml} as it does for the
 * workspace); {@code check} opens a review session per content folder; {@code build} and {@code serve} share the
 * mixin {@link org.guidekit.cli.LibraryFolders}.
 * An option that takes a word from a list is a {@link org.guidekit.cli.Choice}. Every error becomes a documented
 * exit code in one place, {@link org.guidekit.cli.ErrorHandler}.
 */
package org.guidekit.cli;
