package org.tandai.store;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tandai.model.Anchor;
import org.tandai.model.Span;

/**
 * Reads the spans and attribute maps of a version 2 sidecar (docs/format.md): a one-piece span
 * {@code {start, end, exact, prefix, suffix, anchor, attributes}} or a span in pieces
 * {@code {fragments: [...], attributes}}. A fragment list in the wrong order, overlapping or with
 * an empty fragment is kept as read ({@link Span#ofFragmentsAsRead}) for the validator to report;
 * what cannot be a span at all (fragments not an array, a fragment without start) is reported
 * here with its place, {@code c3.span.fragments[1].end}.
 */
final class SidecarSpanReader {
    private final String file;
    private final List<Problem> problems;
    private final JsonFields fields;

    SidecarSpanReader(String file, List<Problem> problems, JsonFields fields) {
        this.file = file;
        this.problems = problems;
        this.fields = fields;
    }

    /** Reads the span in field {@code field} (item {@code index} of it, or -1) of annotation {@code id}; null when unusable. */
    Span span(JsonElement el, String id, String field, int index) {
        String loc = spanLoc(id, field, index);
        if (!el.isJsonObject()) {
            problems.add(Problem.error(file, loc, "expected a span object with start, end and exact, or with fragments"));
            return null;
        }
        JsonObject o = el.getAsJsonObject();
        JsonElement fragmentsEl = o.get("fragments");
        Map<String, Object> attributes = attributes(o.get("attributes"), loc);
        if (attributes == null) {
            return null;
        }
        if (fragmentsEl == null) {
            Span s = piece(o, loc);
            return s == null ? null : s.withAttributes(attributes);
        }
        if (o.has("start") || o.has("end") || o.has("exact")) {
            problems.add(Problem.error(file, loc, "a span has either fragments or start, end and exact, not both"));
            return null;
        }
        if (!fragmentsEl.isJsonArray()) {
            problems.add(Problem.error(file, loc + ".fragments", "expected an array of fragments, found "
                    + JsonFields.describe(fragmentsEl)));
            return null;
        }
        JsonArray arr = fragmentsEl.getAsJsonArray();
        if (arr.isEmpty()) {
            problems.add(Problem.error(file, loc + ".fragments", "a span needs at least one fragment"));
            return null;
        }
        List<Span> pieces = new ArrayList<>(arr.size());
        boolean ok = true;
        for (int i = 0; i < arr.size(); i++) {
            String floc = loc + ".fragments[" + i + "]";
            if (!arr.get(i).isJsonObject()) {
                problems.add(Problem.error(file, floc, "expected a fragment object with start, end and exact"));
                ok = false;
                continue;
            }
            JsonObject f = arr.get(i).getAsJsonObject();
            if (f.has("fragments")) {
                problems.add(Problem.error(file, floc + ".fragments", "a fragment cannot itself have fragments"));
                ok = false;
                continue;
            }
            Span piece = piece(f, floc);
            ok &= piece != null;
            if (piece != null) {
                pieces.add(piece);
            }
        }
        if (!ok) {
            return null;
        }
        return Span.ofFragmentsAsRead(pieces).withAttributes(attributes);
    }

    /** One piece (a one-piece span or a fragment) from its six fields; unknown fields are not kept (spans are values). */
    private Span piece(JsonObject o, String loc) {
        // One pass over the fields instead of six tree look-ups: spans are most of a sidecar.
        JsonElement startEl = null;
        JsonElement endEl = null;
        JsonElement exactEl = null;
        JsonElement anchorEl = null;
        JsonElement prefixEl = null;
        JsonElement suffixEl = null;
        for (Map.Entry<String, JsonElement> f : o.entrySet()) {
            String k = f.getKey();
            // Compared by equals, not a string switch: keys fresh from the parser have no cached hash.
            if (k.equals("start")) {
                startEl = f.getValue();
            } else if (k.equals("end")) {
                endEl = f.getValue();
            } else if (k.equals("exact")) {
                exactEl = f.getValue();
            } else if (k.equals("prefix")) {
                prefixEl = f.getValue();
            } else if (k.equals("suffix")) {
                suffixEl = f.getValue();
            } else if (k.equals("anchor")) {
                anchorEl = f.getValue();
            }
        }
        int before = problems.size();
        int start = fields.integer(startEl, "start", null, Integer.MIN_VALUE);
        int end = fields.integer(endEl, "end", null, Integer.MIN_VALUE);
        String exact = fields.str(exactEl, "exact", null);
        relocate(before, loc);
        if (start == Integer.MIN_VALUE || end == Integer.MIN_VALUE || exact == null) {
            String missing = startEl == null ? "start" : endEl == null ? "end" : exactEl == null ? "exact" : null;
            problems.add(Problem.error(file, missing == null ? loc : loc + "." + missing,
                    "a span needs integer start and end and an exact quote"));
            return null;
        }
        before = problems.size();
        String anchor = fields.str(anchorEl, "anchor", null);
        relocate(before, loc);
        Anchor a = Anchor.OK;
        if ("review".equals(anchor)) {
            a = Anchor.REVIEW;
        } else if ("orphaned".equals(anchor)) {
            a = Anchor.ORPHANED;
        } else if (anchor != null) {
            problems.add(Problem.warning(file, loc + ".anchor", "unknown anchor state \"" + anchor + "\""));
        }
        before = problems.size();
        String prefix = fields.str(prefixEl, "prefix", null);
        String suffix = fields.str(suffixEl, "suffix", null);
        relocate(before, loc);
        return new Span(start, end, exact, prefix, suffix, a);
    }

    /**
     * An attributes object: name to true/false or a string. Absent gives an empty map; a value of
     * another type is an error at {@code loc.attributes.NAME} and gives null (the owner is skipped).
     */
    Map<String, Object> attributes(JsonElement el, String loc) {
        if (el == null || el.isJsonNull()) {
            return Map.of();
        }
        if (!el.isJsonObject()) {
            problems.add(Problem.error(file, loc + ".attributes", "expected an object of attribute values, found "
                    + JsonFields.describe(el)));
            return null;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        boolean ok = true;
        for (Map.Entry<String, JsonElement> e : el.getAsJsonObject().entrySet()) {
            JsonElement v = e.getValue();
            JsonPrimitive p = v.isJsonPrimitive() ? v.getAsJsonPrimitive() : null;
            if (p != null && p.isBoolean()) {
                out.put(e.getKey(), p.getAsBoolean());
            } else if (p != null && p.isString()) {
                out.put(e.getKey(), p.getAsString());
            } else {
                problems.add(Problem.error(file, loc + ".attributes." + e.getKey(),
                        "an attribute value is true, false or a string, found "
                        + (v.isJsonNull() ? "null" : JsonFields.describe(v))));
                ok = false;
            }
        }
        return ok ? out : null;
    }

    /** Span fields report problems under their bare key; prefix those found since {@code from} with the span's place. */
    private void relocate(int from, String loc) {
        for (int i = from; i < problems.size(); i++) {
            Problem p = problems.get(i);
            problems.set(i, new Problem(p.file(), loc + "." + p.location(), p.message(), p.severity()));
        }
    }

    static String spanLoc(String id, String field, int index) {
        return id + "." + field + (index >= 0 ? "[" + index + "]" : "");
    }
}
