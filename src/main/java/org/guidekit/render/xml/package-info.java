/**
 * Writing XML and XHTML with the JDK's StAX writer, readable and correctly escaped: {@link
 * org.guidekit.render.xml.XmlOut} is the one entry point, shared by the DAISY book, the EPUB and the read-along page
 * (which must not know each other).
 */
package org.guidekit.render.xml;
