/**
 * The command line (picocli only lives here): {@link org.guidekit.cli.Main#run} parses arguments, runs the
 * {@code check}, {@code render} and {@code build} subcommands and maps every error to a documented exit code in
 * one place, {@link org.guidekit.cli.ErrorHandler}.
 */
package org.guidekit.cli;
