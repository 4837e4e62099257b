package org.tandai.anchoring;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The drift tests' ground truth, including the second reading of an ambiguous edit. */
class EditedTextTest {
    @Test
    void insertingAWordBeforeTheSameWordHasTwoReadings() {
        EditedText e = new EditedText("Kim dan Putin.\nLalu.\n");
        e.replace(8, 8, "Putin ");

        assertArrayEquals(new int[] {14, 19}, e.whereIs(8, 13), "the old Putin after the inserted one");
        assertArrayEquals(new int[] {8, 13}, e.alsoAt(8, 13), "or the old Putin first, \" Putin\" inserted after it");
        e.move(21, 27, 0);
        assertArrayEquals(new int[] {6 + 8, 6 + 13}, e.alsoAt(8, 13), "the second reading follows a moved paragraph");
    }

    @Test
    void deletingASentenceBeforeALookAlikeHasTwoReadings() {
        EditedText e = new EditedText("Kim A. Kim B.");
        e.delete(0, 7);

        assertNull(e.whereIs(0, 3));
        assertArrayEquals(new int[] {0, 3}, e.whereIs(7, 10));
        assertArrayEquals(new int[] {0, 3}, e.alsoAt(0, 3), "as true: \"A. Kim \" deleted after the first Kim");
    }
}
