/**
 * guidekit: one content model, many accessible renderings (pandoc's shape at commonmark-java's size).
 *
 * <p>{@code read} turns a Markdown guide with YAML front matter into the immutable {@code model}; {@code check}
 * runs content rules over the model; {@code render} holds the renderer contract and one package per format
 * ({@code pdf}, {@code speech} + {@code audio}, {@code daisy}, {@code braille}, {@code epub} and {@code web}
 * with {@code readalong}), each reading only the model; {@code importer} turns Word leaflets into guides; {@code library} finds,
 * checks and renders whole libraries; {@code cli} is the picocli command line and {@code serve} the staff
 * workspace in the browser (Javalin). Errors are one family ({@code error}) mapped to documented exit codes.
 * Dependencies point one way: cli/serve → library → render → model,
 * read → model, check → model; each third-party library stays in the package that wraps it. The picture:
 * {@code docs/architecture.md}.
 */
package org.guidekit;
