package org.tandai.ui.filters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The table search rule: every word, without case or accents, and the chosen column values. */
class TableSearchTest {
    record Row(String name, String type) {
    }

    private final List<Row> rows = List.of(new Row("Koréa Utara", "Location"), new Row("KCNA", "Organization"),
            new Row("Kim Jong Un", "Person"), new Row("Korea Selatan", "Location"));

    private TableSearch<Row> search() {
        Map<String, Function<Row, String>> cols = new LinkedHashMap<>();
        cols.put("Type", Row::type);
        return new TableSearch<>(r -> r.name() + " " + r.type(), cols);
    }

    private List<String> shown(TableSearch<Row> s) {
        return rows.stream().filter(s.predicate()).map(Row::name).toList();
    }

    @Test
    void foldDropsCaseAndAccents() {
        assertEquals("korea utara", TableSearch.fold("KORÉA Utara"));
        assertEquals("sao paulo", TableSearch.fold("São Paulo"));
    }

    @Test
    void everyWordMustOccurAndColumnFiltersCombine() {
        TableSearch<Row> s = search();
        assertFalse(s.isActive());
        assertEquals(4, shown(s).size());
        s.setQuery("KOREA");
        assertEquals(List.of("Koréa Utara", "Korea Selatan"), shown(s));
        s.setQuery("korea  utara");
        assertEquals(List.of("Koréa Utara"), shown(s));
        s.setQuery("");
        s.choose("Type", Set.of("Organization", "Person"));
        assertTrue(s.isActive());
        assertEquals(List.of("KCNA", "Kim Jong Un"), shown(s));
        s.setQuery("kim");
        assertEquals(List.of("Kim Jong Un"), shown(s));
        s.choose("Type", Set.of());
        s.setQuery("location");
        assertEquals(List.of("Koréa Utara", "Korea Selatan"), shown(s), "the type's text is searched too");
    }
}
