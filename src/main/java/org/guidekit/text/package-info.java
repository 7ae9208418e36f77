/**
 * Pure text knowledge shared by renderers that must not know each other: which stretches of printed health text
 * are one piece of information ("40 mg", "8:00 a.m.", "555-201-3344", "call 911", a web address). Depends on the
 * JDK only. Entry point: {@link org.guidekit.text.InformationSpans#find(String)}.
 */
package org.guidekit.text;
