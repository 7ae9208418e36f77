package org.guidekit.render.braille;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.guidekit.render.PrintPages;

/**
 * The handout's print page changes, handed to the transcription element by element ({@link PrintPages} names the
 * model element each print page begins at), each once: the body begins on print page 1, and a page only ever moves
 * forward, so a page whose element the braille meets late or not at all is shown with the next ("5-6").
 */
final class PrintPageMarks {
    /** Looked up by element id, never iterated. */
    private final Map<String, List<PrintPages.Start>> byElement = new HashMap<>();
    private int current = 1;

    PrintPageMarks(PrintPages pages) {
        for (PrintPages.Start s : pages.starts()) {
            byElement.computeIfAbsent(s.id(), k -> new ArrayList<>()).add(s);
        }
    }

    /** Where print page 1 begins: the first line of the body. */
    Placement first() {
        return new Placement.PrintPage(1, 1);
    }

    /** The pages that begin at the start of element {@code id}. */
    List<Placement> before(String id) {
        List<Placement> out = new ArrayList<>();
        for (PrintPages.Start s : List.copyOf(byElement.getOrDefault(id, List.of()))) {
            if (s.words() == 0) {
                take(s).ifPresent(out::add);
            }
        }
        return out;
    }

    /** The pages that begin inside element {@code id}, in order (not yet taken). */
    List<PrintPages.Start> inside(String id) {
        return byElement.getOrDefault(id, List.of()).stream().filter(s -> s.words() > 0).toList();
    }

    /** The pages that begin inside element {@code id} and were not placed there: they are shown after it. */
    List<Placement> after(String id) {
        List<Placement> out = new ArrayList<>();
        for (PrintPages.Start s : List.copyOf(byElement.getOrDefault(id, List.of()))) {
            take(s).ifPresent(out::add);
        }
        return out;
    }

    /** Takes {@code s}: the page change it makes, or none when the braille is already past that page. */
    java.util.Optional<Placement> take(PrintPages.Start s) {
        List<PrintPages.Start> left = byElement.get(s.id());
        left.remove(s);
        if (s.page() <= current) {
            return java.util.Optional.empty();
        }
        Placement change = new Placement.PrintPage(current + 1, s.page());
        current = s.page();
        return java.util.Optional.of(change);
    }
}
