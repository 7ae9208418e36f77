package org.guidekit.render.pdf;

import static org.guidekit.render.pdf.StructNode.Attribute.ACTUAL_TEXT;
import static org.guidekit.render.pdf.StructNode.Attribute.ALT;
import static org.guidekit.render.pdf.StructNode.Attribute.LIST_NUMBERING;
import static org.guidekit.render.pdf.StructNode.Attribute.SCOPE;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDParentTreeValue;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDLayoutAttributeObject;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDListAttributeObject;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;

/**
 * Builds the PDF structure tree from the planned {@link StructNode}s while pages are drawn. An element is created
 * when the first content it owns is drawn, so its children appear in reading order; elements with no content of
 * their own (an empty table cell) are created in their place too. Keeps the ParentTree: for each page the array
 * of parents indexed by MCID, and for each link annotation its {@code Link} element.
 */
final class TagTree {
    private final PDStructureTreeRoot root = new PDStructureTreeRoot();
    private final Map<StructNode, PDStructureElement> elements = new IdentityHashMap<>();
    /** Per parent, how many of its children are known to exist: keeps element creation linear. */
    private final Map<StructNode, Integer> createdChildren = new IdentityHashMap<>();
    private final Map<Integer, PDParentTreeValue> parentTree = new TreeMap<>();
    private final int pageCount;
    private int nextAnnotationKey;
    private List<PDStructureElement> pageParents;
    private PDPage page;

    TagTree(StructNode document, int pageCount) {
        this.pageCount = pageCount;
        this.nextAnnotationKey = pageCount;
        PDStructureElement doc = new PDStructureElement(document.type(), root);
        root.appendKid(doc);
        elements.put(document, doc);
    }

    PDStructureTreeRoot root() {
        return root;
    }

    /** Starts a page: MCIDs restart at 0 and the page gets its ParentTree key. */
    void startPage(PDPage p, int index) {
        page = p;
        pageParents = new ArrayList<>();
        p.setStructParents(index);
    }

    void endPage(int index) {
        COSArray array = new COSArray();
        pageParents.forEach(e -> array.add(e));
        parentTree.put(index, new PDParentTreeValue(array));
    }

    /** Records content owned by {@code node} and returns its MCID on the current page. */
    int markedContent(StructNode node) {
        PDStructureElement element = element(node);
        int mcid = pageParents.size();
        PDMarkedContentReference mcr = new PDMarkedContentReference();
        mcr.setMCID(mcid);
        mcr.setPage(page);
        element.appendKid(mcr);
        pageParents.add(element);
        return mcid;
    }

    /** Links {@code annotation} to the {@code Link} element {@code node} (OBJR plus a ParentTree entry). */
    void annotation(StructNode node, PDAnnotation annotation) {
        PDStructureElement element = element(node);
        int key = nextAnnotationKey++;
        annotation.setStructParent(key);
        PDObjectReference objr = new PDObjectReference();
        objr.setReferencedObject(annotation);
        objr.setPage(page);
        element.appendKid(objr);
        parentTree.put(key, new PDParentTreeValue(element.getCOSObject()));
    }

    /** Sets the layout bounding box of a figure. */
    void boundingBox(StructNode node, PDRectangle box) {
        PDLayoutAttributeObject layout = new PDLayoutAttributeObject();
        layout.setBBox(box);
        element(node).addAttribute(layout);
    }

    PDStructureElement element(StructNode node) {
        PDStructureElement existing = elements.get(node);
        if (existing != null) {
            return existing;
        }
        PDStructureElement parent = element(node.parent());
        List<StructNode> siblings = node.parent().children();
        int i = createdChildren.getOrDefault(node.parent(), 0);
        for (; i < siblings.size() && siblings.get(i) != node; i++) {
            if (!elements.containsKey(siblings.get(i))) {
                create(siblings.get(i), parent); // an earlier sibling with no content: keep it in its place
            }
        }
        createdChildren.put(node.parent(), i + 1);
        return create(node, parent);
    }

    private PDStructureElement create(StructNode node, PDStructureElement parent) {
        PDStructureElement e = new PDStructureElement(node.type(), parent);
        e.setPage(page);
        if (node.get(ALT) != null) {
            e.setAlternateDescription(node.get(ALT));
        }
        if (node.get(ACTUAL_TEXT) != null) {
            e.setActualText(node.get(ACTUAL_TEXT));
        }
        if (node.get(LIST_NUMBERING) != null) {
            PDListAttributeObject list = new PDListAttributeObject();
            list.setListNumbering(node.get(LIST_NUMBERING));
            e.addAttribute(list);
        }
        if (node.get(SCOPE) != null) {
            PDTableAttributeObject table = new PDTableAttributeObject();
            table.setScope(node.get(SCOPE));
            e.addAttribute(table);
        }
        parent.appendKid(e);
        elements.put(node, e);
        return e;
    }

    /** Creates elements for nodes that never got content, then writes the ParentTree. */
    void finish(StructNode document) {
        createMissing(document);
        PDNumberTreeNode tree = new PDNumberTreeNode(PDParentTreeValue.class);
        tree.setNumbers(parentTree);
        root.setParentTree(tree);
        root.setParentTreeNextKey(nextAnnotationKey);
        if (parentTree.size() < pageCount) {
            throw new IllegalStateException("pages without ParentTree entries");
        }
    }

    private void createMissing(StructNode node) {
        for (StructNode child : node.children()) {
            if (!elements.containsKey(child)) {
                create(child, elements.get(node));
            }
            createMissing(child);
        }
    }
}
