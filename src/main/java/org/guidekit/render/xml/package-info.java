/**
 * Writing XML and XHTML with the JDK's StAX writer, readable and correctly escaped, for the DAISY book, the EPUB and
 * the read-along page (which must not know each other). Entry points: {@link org.guidekit.render.xml.XmlOut}, the
 * writer, and {@link org.guidekit.render.xml.XhtmlInlines}, which writes the model's inlines (all of them, or the
 * characters of one sentence) as {@code strong}, {@code em}, {@code a} and {@code br}.
 */
package org.guidekit.render.xml;
