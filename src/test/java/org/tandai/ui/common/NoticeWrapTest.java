package org.tandai.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Pop-up notices are broken into lines, so a long one stays inside the window instead of being cut off. */
class NoticeWrapTest {
    @Test
    void aLongNoticeIsBrokenAtSpacesIntoLinesThatFitAndKeepsEveryWord() {
        String message = "Not saved: 000_39d3cf8f1d629551.annotations.json is read-only: it is open in another Tandai "
                + "window (root, process 9785 on vm, since 2026-12-01 20:32 UTC), which saves and journals it.";
        String wrapped = FxDialogService.wrap(message, 72);
        for (String line : wrapped.split("\n")) {
            assertTrue(line.length() <= 72 || !line.contains(" "), line);
        }
        assertTrue(wrapped.split("\n").length >= 3, wrapped);
        assertEquals(message, wrapped.replace('\n', ' '));
    }

    @Test
    void shortNoticesAndLineBreaksOfTheirOwnStayAsTheyAre() {
        assertEquals("Saved a.txt.", FxDialogService.wrap("Saved a.txt.", 72));
        assertEquals("one\ntwo", FxDialogService.wrap("one\ntwo", 72));
    }
}
