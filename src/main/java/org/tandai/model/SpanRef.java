package org.tandai.model;

/**
 * Where in an annotation a span is: the field ("mentions", "span", "cue", "content") and, for a
 * list field, the index. {@link #location()} is the form used in messages: "mentions[2]", "cue".
 */
public record SpanRef(String field, int index, Span span) {
    /** A span in a single-valued field. */
    public static SpanRef single(String field, Span span) {
        return new SpanRef(field, -1, span);
    }

    public String location() {
        return index < 0 ? field : field + "[" + index + "]";
    }
}
