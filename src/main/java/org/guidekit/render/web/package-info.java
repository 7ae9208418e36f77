/**
 * The read-along page: {@code output/<name>/index.html}, the whole guide as semantic, large-type HTML that reflows
 * to a phone, with an audio player whose captions and sentence highlighting come from the same timings, and links
 * to the guide's other editions. Without JavaScript it is a plain accessible page with a plain player; nothing is
 * fetched from elsewhere (a Content-Security-Policy says so).
 *
 * <p>{@link org.guidekit.render.web.WebRenderer} is the entry point: it leases the build's synthesis (never a
 * second one), finds the other editions beside the page ({@link org.guidekit.render.web.Editions}), plans the page
 * ({@link org.guidekit.render.web.ReadAlongPage}, pure) and writes it ({@link org.guidekit.render.web.PageWriter})
 * with its stylesheet and script from this package's resources.
 */
package org.guidekit.render.web;
