package org.guidekit.render.pdf;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One element of the planned structure tree: a standard PDF structure type ({@code P}, {@code H2}, {@code LI}…)
 * with the few attributes guidekit uses. The writer turns each node into a structure element the first time
 * content owned by it (or a descendant) is drawn, so the tree's order is the reading order.
 */
final class StructNode {
    private final String type;
    private final StructNode parent;
    private final List<StructNode> children = new ArrayList<>();
    private final Map<Attribute, String> attributes = new EnumMap<>(Attribute.class);
    /** The id of the model element this node prints (a paragraph, heading, table row...), or null. */
    private String source;

    /** The attributes guidekit sets on some elements. */
    enum Attribute {
        /** Alternative text of a {@code Figure}. */
        ALT,
        /** The text a screen reader gets for an element drawn as a shape (a list bullet's "•"). */
        ACTUAL_TEXT,
        /** {@code Decimal}, {@code Disc} or {@code Square} for an {@code L}. */
        LIST_NUMBERING,
        /** {@code Column} or {@code Row} for a {@code TH}. */
        SCOPE
    }

    private StructNode(String type, StructNode parent) {
        this.type = Objects.requireNonNull(type, "type");
        this.parent = parent;
    }

    /** The {@code Document} root. */
    public static StructNode document() {
        return new StructNode("Document", null);
    }

    /** Adds a child of {@code childType} and returns it. */
    public StructNode add(String childType) {
        StructNode child = new StructNode(childType, this);
        children.add(child);
        return child;
    }

    public String type() {
        return type;
    }

    /** The parent, or null for the document. */
    public StructNode parent() {
        return parent;
    }

    public List<StructNode> children() {
        return java.util.Collections.unmodifiableList(children);
    }

    /** Sets {@code attribute} and returns this node. */
    public StructNode with(Attribute attribute, String value) {
        attributes.put(attribute, value);
        return this;
    }

    /** Records that this node prints the model element {@code id} (for {@link PrintPageStarts}); returns this node. */
    StructNode from(String id) {
        source = id;
        return this;
    }

    /** The id of the model element this node prints, or null. */
    String source() {
        return source;
    }

    /** The value of {@code attribute}, or null when it is not set. */
    public String get(Attribute attribute) {
        return attributes.get(attribute);
    }

    /** True for {@code H1}…{@code H6}. */
    public boolean isHeading() {
        return type.length() == 2 && type.charAt(0) == 'H' && Character.isDigit(type.charAt(1));
    }
}
