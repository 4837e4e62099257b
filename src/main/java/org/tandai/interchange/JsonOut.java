package org.tandai.interchange;

import java.util.Arrays;

/**
 * A streaming JSON writer straight into a {@link LineBuffer}, byte for byte what Gson writes with
 * {@code disableHtmlEscaping()} (and {@code setPrettyPrinting()} when {@code pretty}: two-space
 * indent, {@code ": "} after names, {@code []} and {@code {}} when empty); {@link #linesAt} is
 * compact output with a line break before each element at one nesting. As with Gson's
 * defaults, a member whose value is null is left out; null in an array is written as
 * {@code null}. The W3C and Label Studio exporters write through it instead of building a Gson
 * tree per article and walking it with Gson's {@code JsonWriter} (decision 1215).
 */
final class JsonOut {
    private final LineBuffer out;
    private final boolean pretty;
    /** Compact output still starts each element of the containers at this nesting on a line of its own (-1: none). */
    private final int lineLevel;
    /** Per open container: is it an array, has it got an element yet. Index 0 is the document. */
    private boolean[] array = new boolean[16];
    private boolean[] filled = new boolean[16];
    private int depth;
    private String name;

    JsonOut(LineBuffer out, boolean pretty) {
        this(out, pretty, -1);
    }

    private JsonOut(LineBuffer out, boolean pretty, int lineLevel) {
        this.out = out;
        this.pretty = pretty;
        this.lineLevel = lineLevel;
    }

    /** Compact, except that each element (or member) at nesting {@code level} starts a new line. */
    static JsonOut linesAt(LineBuffer out, int level) {
        return new JsonOut(out, false, level);
    }

    /**
     * A writer for the elements of an array that {@code like} will hold at nesting {@code level}
     * (laid out as they would be there); see {@link #elements}.
     */
    static JsonOut elementsAt(LineBuffer out, JsonOut like, int level) {
        JsonOut w = new JsonOut(out, like.pretty, like.lineLevel);
        while (w.depth < level) {
            w.push(true);
        }
        return w;
    }

    JsonOut name(String n) {
        name = n;
        return this;
    }

    JsonOut value(String v) {
        if (v == null) {
            return nullValue();
        }
        before();
        out.jsonString(v, 0, v.length());
        return this;
    }

    /** The characters {@code s[from, to)} as a string value, without cutting them out first. */
    JsonOut value(String s, int from, int to) {
        before();
        out.jsonString(s, from, to);
        return this;
    }

    JsonOut value(long n) {
        before();
        out.decimal(n);
        return this;
    }

    /** Inside an object a null member is left out, as Gson leaves it out; elsewhere {@code null}. */
    JsonOut nullValue() {
        if (name != null) {
            name = null;
            return this;
        }
        before();
        out.write("null");
        return this;
    }

    JsonOut beginObject() {
        before();
        out.write('{');
        push(false);
        return this;
    }

    JsonOut endObject() {
        return close('}');
    }

    JsonOut beginArray() {
        before();
        out.write('[');
        push(true);
        return this;
    }

    JsonOut endArray() {
        return close(']');
    }

    /**
     * Appends, into the array just begun, the elements another writer made with
     * {@link #elementsAt} at this writer's current nesting.
     */
    JsonOut elements(JsonOut inner, LineBuffer innerBytes) {
        if (inner.depth != depth || inner.pretty != pretty || inner.lineLevel != lineLevel || !array[depth]
                || filled[depth]) {
            throw new IllegalStateException("elements go into an empty array at the same nesting");
        }
        out.bytes(innerBytes);
        filled[depth] = inner.filled[inner.depth];
        return this;
    }

    private void before() {
        if (depth == 0) {
            return;
        }
        if (array[depth]) {
            if (filled[depth]) {
                out.write(',');
            }
            newline(depth);
        } else if (name != null) {
            if (filled[depth]) {
                out.write(',');
            }
            newline(depth);
            out.jsonString(name, 0, name.length());
            out.write(pretty ? ": " : ":");
            name = null;
        } else {
            throw new IllegalStateException("a value in an object needs a name");
        }
        filled[depth] = true;
    }

    private void push(boolean isArray) {
        depth++;
        if (depth == array.length) {
            array = Arrays.copyOf(array, depth * 2);
            filled = Arrays.copyOf(filled, depth * 2);
        }
        array[depth] = isArray;
        filled[depth] = false;
    }

    private JsonOut close(char c) {
        boolean any = filled[depth];
        depth--;
        if (any && pretty) {
            newline(depth);
        }
        out.write(c);
        return this;
    }

    private void newline(int level) {
        if (pretty) {
            out.write('\n');
            for (int i = 0; i < level; i++) {
                out.write("  ");
            }
        } else if (level == lineLevel) {
            out.write('\n');
        }
    }
}
