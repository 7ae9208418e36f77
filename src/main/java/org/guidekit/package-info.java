/**
 * guidekit: one content model, many accessible renderings (pandoc's shape at commonmark-java's size).
 *
 * <p>{@code read} turns a Markdown guide with YAML front matter into the immutable {@code model}; {@code check}
 * runs content rules over the model; {@code render} holds the renderer contract and one package per format
 * ({@code pdf}, {@code speech} + {@code audio}, {@code daisy}), each reading only the model; {@code library} finds,
 * checks and renders whole libraries; {@code cli} is the picocli command line and {@code serve} the staff
 * workspace in the browser (Javalin). Errors are one family ({@code error}) mapped to documented exit codes. Dependencies point one way: cli/serve → library → render → model,
 * read → model, check → model; each third-party library stays in the package that wraps it.
 */
package org.guidekit;
