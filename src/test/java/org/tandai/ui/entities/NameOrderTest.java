package org.tandai.ui.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class NameOrderTest {
    private final NameOrder order = new NameOrder(Locale.ENGLISH);

    private List<String> sorted(String... names) {
        List<String> l = new ArrayList<>(List.of(names));
        l.sort(order);
        return l;
    }

    @Test
    void ignoresCaseAndAccentsLikeADictionary() {
        assertEquals(List.of("andi", "Budi", "budi santoso", "Éric", "Erik", "Zoë", "zulkifli"),
                sorted("zulkifli", "Erik", "Budi", "Zoë", "budi santoso", "Éric", "andi"));
    }

    @Test
    void namesEqualButForCaseOrAccentsStillHaveAFixedOrder() {
        assertEquals(sorted("Eric", "eric", "Éric"), sorted("Éric", "eric", "Eric"));
        assertEquals(0, order.compare("Nguyễn", "Nguyễn"));
        assertTrue(order.compare("Eric", "Éric") != 0);
    }

    @Test
    void isAConsistentTotalOrderOnMixedNames() {
        String[] parts = {"a", "B", "é", "E", "e\u0301", "z", " ", "ß", "\u00c5", "1", "-", "İ", "\ud835\udc00"};
        SplittableRandom rnd = new SplittableRandom(11);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = rnd.nextInt(1, 5); k > 0; k--) {
                b.append(parts[rnd.nextInt(parts.length)]);
            }
            names.add(b.toString());
        }
        for (String x : names) {
            for (String y : names) {
                int xy = Integer.signum(order.compare(x, y));
                assertEquals(-xy, Integer.signum(order.compare(y, x)), x + " / " + y);
                int byKey = Integer.signum(NameOrder.fold(x).compareTo(NameOrder.fold(y)));
                if (byKey != 0) {
                    assertEquals(byKey, xy, "the fast path agrees with the folded keys: " + x + " / " + y);
                }
            }
        }
    }
}
