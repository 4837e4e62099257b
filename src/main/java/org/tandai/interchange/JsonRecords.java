package org.tandai.interchange;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.Strictness;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tandai.store.Limits;
import org.tandai.store.Problem;
import org.tandai.store.StrictJson;

/**
 * Reads the JSON records of a {@code .jsonl} or {@code .json} file one at a time. JSON Lines is
 * read line by line (a bad line is reported and skipped). A file whose first line is not a
 * complete JSON value is really (pretty-printed) JSON: it is read as a stream of JSON values with
 * a warning, and a top-level array gives one record per element.
 */
final class JsonRecords {
    private static final TypeAdapter<JsonElement> ELEMENT = new Gson().getAdapter(JsonElement.class);
    private static final Pattern LINE = Pattern.compile("line (\\d+)");

    /** Receives one record with the line it starts on; returns false to stop. */
    interface RecordSink {
        boolean accept(JsonElement record, int line) throws IOException;
    }

    private JsonRecords() {
    }

    static void read(Path source, boolean preferLines, RecordSink sink, Consumer<Problem> problems) throws IOException {
        String file = source.toString();
        if (preferLines && firstLineIsValue(source)) {
            readLines(source, sink, problems);
            return;
        }
        if (preferLines) {
            problems.accept(Problem.warning(file, "line 1", "not JSON Lines (the first line is not a complete JSON "
                    + "value): reading it as pretty-printed JSON"));
        }
        try (Reader in = reader(source)) {
            JsonReader r = new JsonReader(in);
            r.setStrictness(Strictness.LENIENT);
            r.setNestingLimit(Limits.MAX_JSON_NESTING);
            while (r.peek() != JsonToken.END_DOCUMENT) {
                int line = lineOf(r);
                if (r.peek() == JsonToken.BEGIN_ARRAY) {
                    r.beginArray();
                    while (r.hasNext()) {
                        int l = lineOf(r);
                        if (!sink.accept(ELEMENT.read(r), l)) {
                            return;
                        }
                    }
                    r.endArray();
                } else if (!sink.accept(ELEMENT.read(r), line)) {
                    return;
                }
            }
        } catch (JsonParseException | IllegalStateException | java.io.EOFException | com.google.gson.stream.MalformedJsonException e) {
            problems.accept(Problem.error(file, StrictJson.location(e), StrictJson.message(e)
                    + "; the rest of the file is skipped"));
        }
    }

    private static boolean firstLineIsValue(Path source) throws IOException {
        try (BufferedReader in = reader(source)) {
            String line;
            while ((line = in.readLine()) != null) {
                line = stripBom(line).strip();
                if (!line.isEmpty()) {
                    return parseLine(line) != null;
                }
            }
        }
        return true;
    }

    private static void readLines(Path source, RecordSink sink, Consumer<Problem> problems) throws IOException {
        String file = source.toString();
        try (BufferedReader in = reader(source)) {
            String line;
            int n = 0;
            while ((line = in.readLine()) != null) {
                n++;
                String raw = stripBom(line);
                line = raw.strip();
                if (line.isEmpty()) {
                    continue;
                }
                JsonElement el;
                try {
                    el = parseStrict(line);
                } catch (StrictJson.SyntaxError e) {
                    // The error's column counts within the stripped line; give it in the file's line.
                    int lead = raw.length() - raw.stripLeading().length();
                    Matcher col = Pattern.compile("column (\\d+)").matcher(e.location());
                    String where = col.find() ? ", column " + (Integer.parseInt(col.group(1)) + lead) : "";
                    problems.accept(Problem.error(file, "line " + n + where, e.reason() + "; line skipped"));
                    continue;
                } catch (IOException | JsonParseException | IllegalStateException e) {
                    problems.accept(Problem.error(file, "line " + n, StrictJson.message(e) + "; line skipped"));
                    continue;
                }
                if (!sink.accept(el, n)) {
                    return;
                }
            }
        }
    }

    private static JsonElement parseLine(String line) {
        try {
            return parseStrict(line);
        } catch (IOException | JsonParseException | IllegalStateException e) {
            return null;
        }
    }

    private static JsonElement parseStrict(String line) throws IOException {
        return StrictJson.parse(new StringReader(line));
    }

    /** A strict UTF-8 reader that skips a leading byte-order mark. */
    static BufferedReader reader(Path source) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(Files.newInputStream(source),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)));
        r.mark(1);
        if (r.read() != '\uFEFF') {
            r.reset();
        }
        return r;
    }

    private static String stripBom(String s) {
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    private static int lineOf(JsonReader r) {
        Matcher m = LINE.matcher(r.toString());
        return m.find() ? Integer.parseInt(m.group(1)) : 1;
    }
}
