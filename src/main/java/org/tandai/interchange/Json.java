package org.tandai.interchange;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

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
