package org.tandai.store;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.Strictness;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.Reader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Strict JSON for every file Tandai reads: no comments, single quotes, NaN or trailing content,
 * and a nesting limit. Turns Gson's exceptions into a located problem a person can act on.
 */
public final class StrictJson {
    private static final TypeAdapter<JsonElement> ELEMENT = new Gson().getAdapter(JsonElement.class);
    private static final Pattern LINE_COL = Pattern.compile("line (\\d+) column (\\d+)");

    private StrictJson() {
    }

    /** Parses JSON strictly with a nesting limit; the error message carries line and column. */
    public static JsonElement parse(Reader in) throws IOException {
        JsonReader reader = new JsonReader(in);
        reader.setStrictness(Strictness.STRICT);
        reader.setNestingLimit(Limits.MAX_JSON_NESTING);
        JsonElement root = ELEMENT.read(reader);
        if (reader.peek() != JsonToken.END_DOCUMENT) {
            // JsonReader.toString() ends with " at line L column C path …", which location() reads.
            throw new JsonParseException("unexpected content after the JSON value" + reader.toString()
                    .substring(reader.toString().indexOf(" at line ")));
        }
        return root;
    }

    /** The problem for a parse failure: "line L, column C" and a short reason. */
    public static Problem problem(String file, Throwable e) {
        return Problem.error(file, location(e.getMessage()), message(e));
    }

    static String location(String message) {
        if (message != null) {
            Matcher m = LINE_COL.matcher(message);
            if (m.find()) {
                // Gson reports the column after the offending character; point at the character itself.
                return "line " + m.group(1) + ", column " + Math.max(1, Integer.parseInt(m.group(2)) - 1);
            }
        }
        return "line 1, column 1";
    }

    static String message(Throwable e) {
        if (e instanceof StackOverflowError) {
            return "JSON nested too deeply";
        }
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (m.contains("Nesting limit")) {
            return "JSON nested deeper than " + Limits.MAX_JSON_NESTING + " levels";
        }
        // Gson says "Unterminated string" only when the input ends inside a string.
        if (e instanceof java.io.EOFException || m.contains("End of input") || m.startsWith("Unterminated string")) {
            return "invalid JSON: the file ends early (truncated?)";
        }
        // Gson's message is "Expected ... at line L column C path $.x"; keep the reason, drop the rest.
        int at = m.indexOf(" at line ");
        String reason = at > 0 ? m.substring(0, at) : m;
        int see = reason.indexOf("\nSee ");
        if (see > 0) {
            reason = reason.substring(0, see);
        }
        if (reason.startsWith("com.google.gson.stream.MalformedJsonException: ")) {
            reason = reason.substring("com.google.gson.stream.MalformedJsonException: ".length());
        }
        return "invalid JSON: " + reason;
    }
}
