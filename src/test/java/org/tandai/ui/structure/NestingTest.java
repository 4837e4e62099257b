package org.tandai.ui.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The nesting sweep on its own: which pieces get bands, at which depth. */
class NestingTest {
    private static Structure.Piece p(String owner, int start, int end) {
        return new Structure.Piece(start, end, owner, Structure.Kind.ENTITY, "ORGANIZATION");
    }

    private static Map<String, Integer> depths(Structure.Piece... pieces) {
        return StructureViewModel.nesting(List.of(pieces)).stream()
                .collect(Collectors.toMap(b -> b.piece().owner(), Structure.Band::depth));
    }

    @Test
    void anEntityInsideAnEntityIsOneLevelIn() {
        // "militer Seoul" [0, 13) holds "Seoul" [8, 13); "Korea" elsewhere is not nested and gets no band.
        assertEquals(Map.of("org", 0, "loc", 1), depths(p("loc", 8, 13), p("org", 0, 13), p("korea", 40, 45)));
    }

    @Test
    void threeLevelsAndASiblingAfterTheInnerOnes() {
        // [0, 30) ⊃ [2, 20) ⊃ [4, 8); [10, 15) is inside the first two only, so at depth 2 again.
        assertEquals(Map.of("a", 0, "b", 1, "c", 2, "d", 2), depths(p("a", 0, 30), p("b", 2, 20), p("c", 4, 8), p("d", 10, 15)));
    }

    @Test
    void crossingPiecesGetSeparateLevelsAndTouchingOnesDoNot() {
        assertEquals(Map.of("x", 0, "y", 1), depths(p("x", 0, 10), p("y", 5, 15)));
        assertEquals(Map.of(), depths(p("x", 0, 10), p("y", 10, 15)), "touching is not nesting");
    }

    @Test
    void shortCodesForTypes() {
        assertEquals("ORG", StructureViewModel.typeCode("ORGANIZATION"));
        assertEquals("PER", StructureViewModel.typeCode("PERSON"));
        assertEquals("DATE", StructureViewModel.typeCode("DATE"));
    }
}
