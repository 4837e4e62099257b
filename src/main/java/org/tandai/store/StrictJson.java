package org.tandai.store;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.Strictness;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.MalformedJsonException;
import java.io.EOFException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;

/**
 * Strict JSON for every file Tandai reads: no comments, single quotes, NaN or trailing content,
 * and a nesting limit. Turns Gson's exceptions into a located problem a person can act on: what
 * is wrong in JSON's terms, at the line and column of the offending character ({@link JsonErrors}).
 */
public final class StrictJson {
    private static final TypeAdapter<JsonElement> ELEMENT = new Gson().getAdapter(JsonElement.class);

    /**
     * A JSON syntax error, told for a person: {@link #location()} is "line L, column C" and the
     * message starts "invalid JSON: ". Extends Gson's exception so callers that catch it still do.
     */
    public static final class SyntaxError extends JsonParseException {
        private final String location;
        private final String reason;

        SyntaxError(String location, String reason, Throwable cause) {
            super(location + ": " + reason, cause);
            this.location = location;
            this.reason = reason;
        }

        public String location() {
            return location;
        }

        /** What is wrong, starting "invalid JSON: ". */
        public String reason() {
            return reason;
        }
    }

    private StrictJson() {
    }

    /**
     * Parses JSON strictly with a nesting limit. A syntax error is thrown as a {@link SyntaxError};
     * an {@link IOException} is a failure to read (or decode) the input itself.
     */
    public static JsonElement parse(Reader in) throws IOException {
        RecentChars recent = new RecentChars(in);
        JsonReader reader = new JsonReader(recent);
        reader.setStrictness(Strictness.STRICT);
        reader.setNestingLimit(Limits.MAX_JSON_NESTING);
        JsonElement root;
        try {
            root = ELEMENT.read(reader);
        } catch (MalformedJsonException | EOFException | JsonParseException | IllegalStateException e) {
            throw syntaxError(e, recent, false);
        }
        try {
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw new MalformedJsonException("content after the value" + reader.toString()
                        .substring(reader.toString().indexOf(" at line ")));
            }
        } catch (MalformedJsonException | EOFException | JsonParseException | IllegalStateException e) {
            throw syntaxError(e, recent, true);
        }
        return root;
    }

    private static SyntaxError syntaxError(Exception e, RecentChars recent, boolean trailing) {
        JsonErrors.Described d = JsonErrors.describe(e.getMessage(), recent, trailing, e instanceof EOFException);
        return new SyntaxError(d.location(), d.message(), e);
    }

    /** The problem for a parse failure: "line L, column C" and a short reason. */
    public static Problem problem(String file, Throwable e) {
        return Problem.error(file, location(e), message(e));
    }

    /** Where a parse failure happened: "line L, column C". */
    public static String location(Throwable e) {
        if (e instanceof SyntaxError se) {
            return se.location();
        }
        if (e instanceof CharacterCodingException || e instanceof StackOverflowError) {
            return "line 1, column 1";
        }
        return JsonErrors.describe(e.getMessage(), null, false, e instanceof EOFException).location();
    }

    /** What a parse failure means for the person who has to fix the file, starting "invalid JSON: " for syntax. */
    public static String message(Throwable e) {
        if (e instanceof SyntaxError se) {
            return se.reason();
        }
        if (e instanceof StackOverflowError) {
            return "JSON nested too deeply";
        }
        if (e instanceof CharacterCodingException) {
            return "the file is not valid UTF-8 text";
        }
        if (e instanceof IOException && !(e instanceof MalformedJsonException) && !(e instanceof EOFException)) {
            return "cannot read: " + SidecarStore.describe((IOException) e);
        }
        if (e instanceof IOException || e instanceof JsonParseException) {
            return JsonErrors.describe(e.getMessage(), null, false, e instanceof EOFException).message();
        }
        // Not a syntax error (say, a value of the wrong type): its own words, unless they are Gson's.
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.contains("JsonReader") || m.contains("Strictness") || m.contains(" path $") ? "unexpected content" : m;
    }

    /**
     * The reason in a Gson message ("Expected ... at line L column C path $.x\nSee https://…"),
     * told in JSON's terms without Gson's advice, its paths or its troubleshooting link.
     */
    public static String reason(String gsonMessage) {
        String m = JsonErrors.describe(gsonMessage, null, false, false).message();
        return m.startsWith("invalid JSON: ") ? m.substring("invalid JSON: ".length()) : m;
    }
}
