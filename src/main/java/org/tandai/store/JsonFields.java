package org.tandai.store;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.List;

/**
 * Typed access to the fields of a parsed JSON object that reports a wrong type as a problem at
 * its place ("c3.span.end: expected an integer, found a string") instead of throwing, so a
 * reader can collect every problem of a file in one pass.
 */
final class JsonFields {
    private final String file;
    private final List<Problem> problems;

    JsonFields(String file, List<Problem> problems) {
        this.file = file;
        this.problems = problems;
    }

    static String at(String base, String key) {
        return base == null ? key : base + "." + key;
    }

    String str(JsonObject o, String key, String base) {
        return str(o.get(key), key, base);
    }

    String str(JsonElement el, String key, String base) {
        if (el == null || el.isJsonNull()) {
            return null;
        }
        if (el.isJsonPrimitive() && el.getAsJsonPrimitive().isString()) {
            return el.getAsString();
        }
        problems.add(Problem.error(file, at(base, key), "expected a string, found " + describe(el)));
        return null;
    }

    int integer(JsonObject o, String key, String base, int missing) {
        return integer(o.get(key), key, base, missing);
    }

    int integer(JsonElement el, String key, String base, int missing) {
        if (el == null || el.isJsonNull()) {
            return missing;
        }
        if (el.isJsonPrimitive() && el.getAsJsonPrimitive().isNumber()) {
            JsonPrimitive p = el.getAsJsonPrimitive();
            String digits = p.getAsString();
            if (digits.length() <= 9 && isPlainDigits(digits)) {
                return Integer.parseInt(digits); // the common case, without a BigDecimal
            }
            try {
                return new java.math.BigDecimal(digits).intValueExact();
            } catch (ArithmeticException | NumberFormatException e) {
                problems.add(Problem.error(file, at(base, key), "expected an integer that fits 32 bits, found " + p.getAsString()));
                return missing;
            }
        }
        problems.add(Problem.error(file, at(base, key), "expected an integer, found " + describe(el)));
        return missing;
    }

    JsonObject object(JsonObject o, String key, String base) {
        JsonElement el = o.get(key);
        if (el == null || el.isJsonNull()) {
            return null;
        }
        if (el.isJsonObject()) {
            return el.getAsJsonObject();
        }
        problems.add(Problem.error(file, at(base, key), "expected an object, found " + describe(el)));
        return null;
    }

    JsonArray array(JsonObject o, String key, String base) {
        JsonElement el = o.get(key);
        if (el == null || el.isJsonNull()) {
            return null;
        }
        if (el.isJsonArray()) {
            return el.getAsJsonArray();
        }
        problems.add(Problem.error(file, at(base, key), "expected an array, found " + describe(el)));
        return null;
    }

    private static boolean isPlainDigits(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    static String describe(JsonElement el) {
        if (el.isJsonObject()) {
            return "an object";
        }
        if (el.isJsonArray()) {
            return "an array";
        }
        JsonPrimitive p = el.getAsJsonPrimitive();
        if (p.isBoolean()) {
            return "a boolean";
        }
        if (p.isNumber()) {
            return "the number " + p.getAsString();
        }
        return "a string";
    }
}
