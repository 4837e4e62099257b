package org.tandai.ui.structure;

import java.util.List;

/**
 * What the structure overlay draws over one stretch of the article, in UTF-16 offsets of the text
 * area (the overlay turns them into pixels): labels over spans, nesting bands and relation arcs.
 */
public record Structure(List<Label> labels, List<Band> bands, List<Arc> arcs) {

    /** What a piece of text is: decides the band's side and colour and the label's text. */
    public enum Kind { ENTITY, CLAIM, CUE, CONTENT }

    /** One highlighted piece of one annotation: [start, end), its owner and, for entities, the type. */
    public record Piece(int start, int end, String owner, Kind kind, String type) {
        int length() {
            return end - start;
        }
    }

    /** A type label over the first character of a span; {@code text} is empty in compact mode (a tick). */
    public record Label(Piece piece, String text) {
    }

    /**
     * A nesting band: {@code depth} 0 is the outermost of the pieces of its group (entities, claims
     * or quoted content) that overlap here; each deeper level gets its own band.
     */
    public record Band(Piece piece, int depth) {
    }

    /**
     * A relation arc from one span to another ([fromStart, fromEnd) to [toStart, toEnd)), labelled
     * ("speaker", "content", "via" or a relation type). {@code owner} is the annotation it belongs to.
     */
    public record Arc(int fromStart, int fromEnd, int toStart, int toEnd, String label, String owner, String kind) {
    }

    public static Structure empty() {
        return new Structure(List.of(), List.of(), List.of());
    }
}
