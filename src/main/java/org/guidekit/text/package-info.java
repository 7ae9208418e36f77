/**
 * Pure text knowledge shared by the checks and the renderers, which must not know each other: which stretches of
 * printed health text are one piece of information ("40 mg", "8:00 a.m.", "555-201-3344", "call 911", a web
 * address), and where its sentences start. Depends on the JDK only. Entry points:
 * {@link org.guidekit.text.InformationSpans#find(String)}, {@link org.guidekit.text.SentenceBoundaries#starts(String)}.
 */
package org.guidekit.text;
