/**
 * The command line (picocli only lives here): {@link org.guidekit.cli.Main#run} parses arguments, runs the
 * {@code build}, {@code check}, {@code render}, {@code import}, {@code new}, {@code serve} and {@code help}
 * subcommands (mistyped ones get a suggestion), takes defaults from {@code guidekit.yaml}, and maps every error to a documented exit code in
 * one place, {@link org.guidekit.cli.ErrorHandler}.
 */
package org.guidekit.cli;
