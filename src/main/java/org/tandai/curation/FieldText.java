package org.tandai.curation;

import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import org.tandai.model.Entity;
import org.tandai.model.Evidence;
import org.tandai.model.Span;

/**
 * The comparable texts of the fields of a unit. A text is what the curator reads and what the
 * comparison uses, so two versions look the same exactly when they are the same: a span is its
 * code-point offsets (every fragment) with its quote and attributes, an entity reference is the
 * entity's name (ids differ from layer to layer), attributes are sorted by name.
 */
public final class FieldText {
    /** A field the version does not set. */
    public static final String NONE = "\u2014";
    private static final int QUOTE = 48;

    private FieldText() {
    }

    /** "“Kim Jong Un”", shortened with an ellipsis past 48 code points; "—" for null. */
    public static String quote(Span span) {
        if (span == null) {
            return NONE;
        }
        String q = span.exact().replace('\n', ' ');
        if (q.codePointCount(0, q.length()) > QUOTE) {
            q = q.substring(0, q.offsetByCodePoints(0, QUOTE - 1)) + "\u2026";
        }
        return "\u201c" + q + "\u201d";
    }

    /** "99–116 “kawan terdekatnya”", fragments joined by "+", span attributes after it in brackets. */
    public static String span(Span span) {
        if (span == null) {
            return NONE;
        }
        StringJoiner at = new StringJoiner("+");
        for (Span f : span.fragments()) {
            at.add(f.start() + "\u2013" + f.end());
        }
        String attrs = span.attributes().isEmpty() ? "" : " [" + attributes(span.attributes()) + "]";
        return at + " " + quote(span) + attrs;
    }

    /** "hedged=true, tone=angry", sorted by name; "—" when there are none. */
    public static String attributes(Map<String, Object> values) {
        if (values == null || values.isEmpty()) {
            return NONE;
        }
        StringJoiner j = new StringJoiner(", ");
        new TreeMap<>(values).forEach((k, v) -> j.add(k + "=" + v));
        return j.toString();
    }

    /** A plain value, "—" for null or blank. */
    public static String text(String value) {
        return value == null || value.isBlank() ? NONE : value.strip();
    }

    /** The name of the entity {@code id} points at ({@code found} in its layer): "“Kim Jong Un”"; "—" for null. */
    public static String entity(org.tandai.model.Annotation found, String id) {
        if (id == null) {
            return NONE;
        }
        return found instanceof Entity e ? entityName(e) : "(missing " + id + ")";
    }

    static String entityName(Entity e) {
        return "\u201c" + text(e.name()) + "\u201d";
    }

    /** "https://a (refutes); https://b". */
    public static String evidence(List<Evidence> evidence) {
        if (evidence.isEmpty()) {
            return NONE;
        }
        StringJoiner j = new StringJoiner("; ");
        for (Evidence e : evidence) {
            j.add(text(e.url()) + (e.note() == null || e.note().isBlank() ? "" : " (" + e.note().strip() + ")"));
        }
        return j.toString();
    }

    /** How a reference to another unit reads: its quote and where it starts ("“kawan” at 99"). */
    static String ref(Span anchor) {
        return anchor == null ? NONE : quote(anchor) + " at " + anchor.start();
    }
}
