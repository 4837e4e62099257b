package org.tandai.interchange;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonIOException;
import com.google.gson.JsonObject;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.Writer;

/** Small Gson helpers shared by the JSON formats. */
final class Json {
    private static final Gson COMPACT = new GsonBuilder().disableHtmlEscaping().create();
    private static final Gson PRETTY = new GsonBuilder().disableHtmlEscaping().setPrettyPrinting().create();

    private Json() {
    }

    static String compact(JsonElement el) {
        return COMPACT.toJson(el);
    }

    static String pretty(JsonElement el) {
        return PRETTY.toJson(el);
    }

    /** Writes what {@link #compact} returns straight to {@code out}, without the intermediate string. */
    static void writeCompact(JsonElement el, Writer out) throws IOException {
        writeCompact(el, compactWriter(out));
    }

    /** Writes what {@link #pretty} returns straight to {@code out}. */
    static void writePretty(JsonElement el, Writer out) throws IOException {
        write(PRETTY, el, PRETTY.newJsonWriter(out));
    }

    /** A writer set up as {@link #compact} sets up its own: no HTML escaping, object members holding null left out. */
    static JsonWriter compactWriter(Writer out) throws IOException {
        return COMPACT.newJsonWriter(out);
    }

    /** Writes a JSON value into an open writer with {@link #compact}'s settings (e.g. a member kept from an import). */
    static void writeCompact(JsonElement el, JsonWriter out) throws IOException {
        write(COMPACT, el, out);
    }

    private static void write(Gson gson, JsonElement el, JsonWriter out) throws IOException {
        try {
            gson.toJson(el, out);
        } catch (JsonIOException e) {
            // Gson wraps the writer's IOException (disk full…); callers report IOExceptions with the file name.
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw e;
        }
    }

    /** A string member, or null when absent or not a string. */
    static String str(JsonObject o, String key) {
        JsonElement el = o == null ? null : o.get(key);
        return el != null && el.isJsonPrimitive() && el.getAsJsonPrimitive().isString() ? el.getAsString() : null;
    }

    /** An integer member, or null when absent or not an integral number. */
    static Integer integer(JsonObject o, String key) {
        JsonElement el = o == null ? null : o.get(key);
        return el == null ? null : integer(el);
    }

    static Integer integer(JsonElement el) {
        if (el != null && el.isJsonPrimitive() && el.getAsJsonPrimitive().isNumber()) {
            try {
                return new java.math.BigDecimal(el.getAsString()).intValueExact();
            } catch (ArithmeticException | NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    /** A string or number as text ("id": 3 gives "3"), or null. */
    static String text(JsonElement el) {
        return el != null && el.isJsonPrimitive() ? el.getAsString() : null;
    }
}
