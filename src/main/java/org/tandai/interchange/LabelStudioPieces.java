package org.tandai.interchange;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.tandai.model.Annotation;
import org.tandai.model.Fragments;
import org.tandai.model.Span;
import org.tandai.store.Problem;

/**
 * The model v2 parts of one Label Studio result list (decision 0835): {@code fragment}
 * relations from a span's first region to its further pieces, and the {@code attr:NAME} /
 * {@code span:NAME} choices that hold attributes. A choice {@code true} or {@code false} is
 * read as a boolean, any other as text.
 */
final class LabelStudioPieces {
    private final Map<String, List<String>> piecesOf = new LinkedHashMap<>();
    private final Map<String, String> headOf = new HashMap<>();
    private final Map<String, Map<String, Object>> spanAttributes = new HashMap<>();
    private final Map<String, Map<String, Object>> attributes = new LinkedHashMap<>();

    private LabelStudioPieces() {
    }

    static boolean isFragmentRelation(JsonObject r) {
        return "relation".equals(Json.str(r, "type")) && r.get("labels") instanceof JsonArray l && l.size() == 1
                && LabelStudioExporter.FRAGMENT.equals(Json.text(l.get(0)));
    }

    static boolean isAttributeChoice(JsonObject r) {
        String from = Json.str(r, "from_name");
        return "choices".equals(Json.str(r, "type")) && from != null
                && (from.startsWith(LabelStudioExporter.ATTR) || from.startsWith(LabelStudioExporter.SPAN_ATTR));
    }

    static LabelStudioPieces of(JsonArray result) {
        LabelStudioPieces p = new LabelStudioPieces();
        for (JsonElement el : result) {
            if (!(el instanceof JsonObject r)) {
                continue;
            }
            if (isFragmentRelation(r)) {
                String from = Json.text(r.get("from_id"));
                String to = Json.text(r.get("to_id"));
                if (from != null && to != null && !p.headOf.containsKey(to)) {
                    p.piecesOf.computeIfAbsent(from, k -> new ArrayList<>()).add(to);
                    p.headOf.put(to, from);
                }
            } else if (isAttributeChoice(r) && r.get("value") instanceof JsonObject v
                    && v.get("choices") instanceof JsonArray ch && !ch.isEmpty()) {
                String from = Json.str(r, "from_name");
                boolean span = from.startsWith(LabelStudioExporter.SPAN_ATTR);
                String name = from.substring(span ? LabelStudioExporter.SPAN_ATTR.length() : LabelStudioExporter.ATTR.length());
                String raw = Json.text(ch.get(0));
                Object value = "true".equals(raw) ? Boolean.TRUE : "false".equals(raw) ? Boolean.FALSE : raw;
                (span ? p.spanAttributes : p.attributes).computeIfAbsent(Json.text(r.get("id")), k -> new LinkedHashMap<>())
                        .put(name, value);
            }
        }
        return p;
    }

    /** True when the region is a further piece of another region's span. */
    boolean isPiece(String id) {
        return id != null && headOf.containsKey(id) && !piecesOf.containsKey(id);
    }

    String headOf(String piece) {
        return headOf.get(piece);
    }

    /** The span of a region: its own range plus its pieces' ranges, with the span's attributes. */
    Span span(String file, String loc, Imported imp, String id, int[] range, Map<String, int[]> pieceRanges,
              Consumer<Problem> problems) {
        List<Span> fragments = new ArrayList<>();
        fragments.add(imp.span(range[0], range[1]));
        for (String piece : piecesOf.getOrDefault(id, List.of())) {
            int[] r = pieceRanges.get(piece);
            if (r != null) {
                fragments.add(imp.span(r[0], r[1]));
            }
        }
        fragments.sort(Comparator.comparingInt(Span::start));
        Span span = fragments.get(0);
        if (fragments.size() > 1) {
            String problem = Fragments.problemsOf(fragments);
            if (problem == null) {
                span = Span.ofFragments(fragments);
            } else {
                problems.accept(Problem.warning(file, loc, "region " + id + ": its fragments " + problem
                        + "; only the region itself is imported"));
                span = imp.span(range[0], range[1]);
            }
        }
        Map<String, Object> attrs = spanAttributes.get(id);
        return attrs == null ? span : span.withAttributes(attrs);
    }

    /** Puts the {@code attr:} choices on the annotations their regions became. */
    void applyAttributes(String file, String loc, Map<String, Annotation> regions, Consumer<Problem> problems) {
        attributes.forEach((id, values) -> {
            Annotation a = regions.get(id);
            if (a == null) {
                problems.accept(Problem.warning(file, loc, "attributes " + values.keySet() + " on unknown region " + id
                        + "; not imported"));
            } else {
                a.attributes().putAll(values);
            }
        });
    }
}
