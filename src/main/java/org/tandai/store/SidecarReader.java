package org.tandai.store;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tandai.model.AnnotatedDocument;
import org.tandai.model.Annotation;
import org.tandai.model.Claim;
import org.tandai.model.DocumentInfo;
import org.tandai.model.Entity;
import org.tandai.model.Evidence;
import org.tandai.model.Kind;
import org.tandai.model.Source;
import org.tandai.model.Span;
import org.tandai.model.Status;

/**
 * Reads a sidecar. Syntax is parsed strictly (no comments, no single quotes, no trailing garbage)
 * and a syntax error is reported with its line and column. The structure is then mapped
 * annotation by annotation: a bad annotation is reported with its id and field and left out,
 * while the good ones are still read (a partial read). Unknown fields are kept as extras.
 */
public final class SidecarReader {
    private static final TypeAdapter<JsonElement> ELEMENT = new Gson().getAdapter(JsonElement.class);
    private static final Pattern LINE_COL = Pattern.compile("line (\\d+) column (\\d+)");

    /** Result of reading: the document (null when nothing usable was found) and every problem met. */
    public record Result(AnnotatedDocument document, List<Problem> problems, int version, boolean syntaxError) {
        public boolean hasErrors() {
            return problems.stream().anyMatch(Problem::isError);
        }

        /** True when the file was written by a newer Tandai: show it, but never save over it. */
        public boolean newerVersion() {
            return version > SidecarFormat.VERSION;
        }
    }

    private final String file;
    private final List<Problem> problems = new ArrayList<>();

    private SidecarReader(String file) {
        this.file = file;
    }

    public static Result read(String fileLabel, String json) {
        return read(fileLabel, new StringReader(json));
    }

    public static Result read(String fileLabel, Reader in) {
        return new SidecarReader(fileLabel).run(in);
    }

    /** Parses JSON strictly with a nesting limit; the error message carries line and column. */
    public static JsonElement parseStrict(Reader in) throws IOException {
        JsonReader reader = new JsonReader(in);
        reader.setStrictness(Strictness.STRICT);
        reader.setNestingLimit(Limits.MAX_JSON_NESTING);
        JsonElement root = ELEMENT.read(reader);
        if (reader.peek() != JsonToken.END_DOCUMENT) {
            // JsonReader.toString() ends with " at line L column C path …", which syntaxLocation reads.
            throw new JsonParseException("unexpected content after the JSON value" + reader.toString()
                    .substring(reader.toString().indexOf(" at line ")));
        }
        return root;
    }

    private Result run(Reader in) {
        JsonElement root;
        try {
            root = parseStrict(in);
        } catch (IOException | JsonParseException | IllegalStateException | StackOverflowError e) {
            problems.add(Problem.error(file, syntaxLocation(e.getMessage()), syntaxMessage(e)));
            return new Result(null, problems, 0, true);
        }
        if (!root.isJsonObject()) {
            problems.add(Problem.error(file, "line 1, column 1", "expected a JSON object at the top level"));
            return new Result(null, problems, 0, false);
        }
        JsonObject top = root.getAsJsonObject();
        String format = str(top, "format", "format");
        if (!SidecarFormat.FORMAT.equals(format)) {
            problems.add(Problem.error(file, "format", "not a Tandai annotations file (format is "
                    + (format == null ? "missing" : "\"" + format + "\"") + ", expected \"" + SidecarFormat.FORMAT + "\")"));
            return new Result(null, problems, 0, false);
        }
        int version = integer(top, "version", "version", -1);
        if (version < 1) {
            problems.add(Problem.error(file, "version", "missing or invalid format version"));
        } else if (version > SidecarFormat.VERSION) {
            problems.add(Problem.error(file, "version", "written by a newer Tandai (format version " + version
                    + "; this version reads " + SidecarFormat.VERSION + "): opened read-only, the file is kept as it is"));
        }
        String unit = str(top, "offsetUnit", "offsetUnit");
        if (unit != null && !SidecarFormat.OFFSET_UNIT.equals(unit)) {
            problems.add(Problem.error(file, "offsetUnit", "offset unit \"" + unit + "\" is not supported; expected \"codepoint\""));
        }
        AnnotatedDocument doc = new AnnotatedDocument(readInfo(top));
        readList(top, "entities", doc, this::readEntity);
        readList(top, "claims", doc, this::readClaim);
        readList(top, "sources", doc, this::readSource);
        readNextIds(top, doc);
        for (Map.Entry<String, JsonElement> e : top.entrySet()) {
            if (!Set.of("format", "version", "offsetUnit", "document", "nextIds", "entities", "claims", "sources")
                    .contains(e.getKey())) {
                doc.extras().put(e.getKey(), e.getValue());
            }
        }
        return new Result(doc, problems, version, false);
    }

    private DocumentInfo readInfo(JsonObject top) {
        JsonObject d = object(top, "document", "document");
        if (d == null) {
            problems.add(Problem.error(file, "document", "missing the document object"));
            return new DocumentInfo(null, null, null);
        }
        DocumentInfo info = new DocumentInfo(str(d, "file", "document.file"), str(d, "sha256", "document.sha256"),
                str(d, "language", "document.language"));
        if (info.file() == null) {
            problems.add(Problem.error(file, "document.file", "missing the article file name"));
        }
        if (info.sha256() == null) {
            problems.add(Problem.error(file, "document.sha256", "missing the text hash"));
        }
        String norm = str(d, "normalization", "document.normalization");
        if (norm != null && !SidecarFormat.NORMALIZATION.equals(norm)) {
            problems.add(Problem.warning(file, "document.normalization", "unknown normalization \"" + norm + "\""));
        }
        info.setTitle(str(d, "title", "document.title"));
        info.setOutlet(str(d, "outlet", "document.outlet"));
        info.setUrl(str(d, "url", "document.url"));
        info.setPublished(str(d, "published", "document.published"));
        keepExtras(d, info.extras(), Set.of("file", "sha256", "normalization", "language", "title", "outlet", "url", "published"));
        return info;
    }

    private void readNextIds(JsonObject top, AnnotatedDocument doc) {
        JsonObject n = object(top, "nextIds", "nextIds");
        if (n == null) {
            return;
        }
        doc.reserveIdNumber(Kind.ENTITY, integer(n, "entity", "nextIds.entity", 1) - 1);
        doc.reserveIdNumber(Kind.CLAIM, integer(n, "claim", "nextIds.claim", 1) - 1);
        doc.reserveIdNumber(Kind.SOURCE, integer(n, "source", "nextIds.source", 1) - 1);
    }

    private interface ItemReader {
        Annotation read(JsonObject o, String loc);
    }

    private void readList(JsonObject top, String key, AnnotatedDocument doc, ItemReader reader) {
        JsonElement el = top.get(key);
        if (el == null || el.isJsonNull()) {
            return;
        }
        if (!el.isJsonArray()) {
            problems.add(Problem.error(file, key, "expected an array"));
            return;
        }
        JsonArray arr = el.getAsJsonArray();
        for (int i = 0; i < arr.size(); i++) {
            String loc = key + "[" + i + "]";
            if (!arr.get(i).isJsonObject()) {
                problems.add(Problem.error(file, loc, "expected an object"));
                continue;
            }
            JsonObject o = arr.get(i).getAsJsonObject();
            int before = errorCount();
            String id = str(o, "id", loc + ".id");
            if (id == null || id.isBlank()) {
                problems.add(Problem.error(file, loc + ".id", "missing id; annotation skipped"));
                continue;
            }
            Annotation a = reader.read(o, id);
            if (a == null || errorCount() > before) {
                problems.add(Problem.error(file, id, "annotation skipped because of the errors above"));
                continue;
            }
            readCommon(o, a, id);
            doc.add(a);
        }
    }

    private Entity readEntity(JsonObject o, String id) {
        String name = str(o, "name", id + ".name");
        String type = str(o, "type", id + ".type");
        if (name == null) {
            problems.add(Problem.error(file, id + ".name", "missing name"));
        }
        if (type == null) {
            problems.add(Problem.error(file, id + ".type", "missing type"));
        }
        Entity e = new Entity(id, name, type);
        e.setExternalId(str(o, "externalId", id + ".externalId"));
        e.setNote(str(o, "note", id + ".note"));
        JsonArray mentions = array(o, "mentions", id + ".mentions");
        if (mentions == null || mentions.isEmpty()) {
            problems.add(Problem.error(file, id + ".mentions", "an entity needs at least one mention"));
        } else {
            for (int i = 0; i < mentions.size(); i++) {
                Span s = span(mentions.get(i), id + ".mentions[" + i + "]");
                if (s != null) {
                    e.mentions().add(s);
                }
            }
        }
        keepExtras(o, e.extras(), Set.of("id", "name", "type", "externalId", "note", "mentions"));
        return e;
    }

    private Claim readClaim(JsonObject o, String id) {
        JsonElement spanEl = o.get("span");
        Span span = spanEl == null ? null : span(spanEl, id + ".span");
        if (spanEl == null) {
            problems.add(Problem.error(file, id + ".span", "missing span"));
        }
        Claim c = new Claim(id, span, str(o, "statement", id + ".statement"));
        c.setClaimant(str(o, "claimant", id + ".claimant"));
        c.setClaimKind(str(o, "kind", id + ".kind"));
        c.setCheckWorthiness(str(o, "checkWorthiness", id + ".checkWorthiness"));
        c.setVerdict(str(o, "verdict", id + ".verdict"));
        c.setNote(str(o, "note", id + ".note"));
        JsonArray ev = array(o, "evidence", id + ".evidence");
        if (ev != null) {
            for (int i = 0; i < ev.size(); i++) {
                String loc = id + ".evidence[" + i + "]";
                if (!ev.get(i).isJsonObject()) {
                    problems.add(Problem.error(file, loc, "expected an object with url and note"));
                    continue;
                }
                JsonObject item = ev.get(i).getAsJsonObject();
                c.evidence().add(new Evidence(str(item, "url", loc + ".url"), str(item, "note", loc + ".note")));
            }
        }
        keepExtras(o, c.extras(), Set.of("id", "span", "statement", "claimant", "kind", "checkWorthiness",
                "verdict", "evidence", "note"));
        return c;
    }

    private Source readSource(JsonObject o, String id) {
        Source s = new Source(id);
        s.setSpeaker(str(o, "speaker", id + ".speaker"));
        s.setSpeakerDescription(str(o, "speakerDescription", id + ".speakerDescription"));
        if (o.has("cue") && !o.get("cue").isJsonNull()) {
            s.setCue(span(o.get("cue"), id + ".cue"));
        }
        if (o.has("content") && !o.get("content").isJsonNull()) {
            s.setContent(span(o.get("content"), id + ".content"));
        }
        JsonArray claims = array(o, "claims", id + ".claims");
        if (claims != null) {
            for (int i = 0; i < claims.size(); i++) {
                JsonElement c = claims.get(i);
                if (c.isJsonPrimitive() && c.getAsJsonPrimitive().isString()) {
                    s.claimIds().add(c.getAsString());
                } else {
                    problems.add(Problem.error(file, id + ".claims[" + i + "]", "expected a claim id string"));
                }
            }
        }
        s.setForm(str(o, "form", id + ".form"));
        s.setVia(str(o, "via", id + ".via"));
        s.setNote(str(o, "note", id + ".note"));
        keepExtras(o, s.extras(), Set.of("id", "speaker", "speakerDescription", "cue", "claims", "content",
                "form", "via", "note"));
        return s;
    }

    private void readCommon(JsonObject o, Annotation a, String id) {
        String status = str(o, "status", id + ".status");
        if (status != null) {
            Status st = Status.fromKey(status);
            if (st == null) {
                problems.add(Problem.warning(file, id + ".status", "unknown status \"" + status + "\"; read as accepted"));
            } else {
                a.setStatus(st);
            }
        }
        a.setCreatedBy(str(o, "createdBy", id + ".createdBy"));
        a.setCreatedAt(Timestamps.parse(str(o, "createdAt", id + ".createdAt"), file, id + ".createdAt", problems));
        a.setUpdatedAt(Timestamps.parse(str(o, "updatedAt", id + ".updatedAt"), file, id + ".updatedAt", problems));
        a.extras().remove("status");
        a.extras().remove("createdBy");
        // A timestamp that does not parse stays in extras, so it is written back as it was.
        if (a.createdAt() != null) {
            a.extras().remove("createdAt");
        }
        if (a.updatedAt() != null) {
            a.extras().remove("updatedAt");
        }
    }

    private Span span(JsonElement el, String loc) {
        if (!el.isJsonObject()) {
            problems.add(Problem.error(file, loc, "expected a span object with start, end and exact"));
            return null;
        }
        JsonObject o = el.getAsJsonObject();
        int start = integer(o, "start", loc + ".start", Integer.MIN_VALUE);
        int end = integer(o, "end", loc + ".end", Integer.MIN_VALUE);
        String exact = str(o, "exact", loc + ".exact");
        if (start == Integer.MIN_VALUE || end == Integer.MIN_VALUE || exact == null) {
            problems.add(Problem.error(file, loc, "a span needs integer start and end and an exact quote"));
            return null;
        }
        String anchor = str(o, "anchor", loc + ".anchor");
        org.tandai.model.Anchor a = org.tandai.model.Anchor.OK;
        if ("review".equals(anchor)) {
            a = org.tandai.model.Anchor.REVIEW;
        } else if ("orphaned".equals(anchor)) {
            a = org.tandai.model.Anchor.ORPHANED;
        } else if (anchor != null) {
            problems.add(Problem.warning(file, loc + ".anchor", "unknown anchor state \"" + anchor + "\""));
        }
        return new Span(start, end, exact, str(o, "prefix", loc + ".prefix"), str(o, "suffix", loc + ".suffix"), a);
    }

    // --- typed field access that reports wrong types with their location ---

    private String str(JsonObject o, String key, String loc) {
        JsonElement el = o.get(key);
        if (el == null || el.isJsonNull()) {
            return null;
        }
        if (el.isJsonPrimitive() && el.getAsJsonPrimitive().isString()) {
            return el.getAsString();
        }
        problems.add(Problem.error(file, loc, "expected a string, found " + describe(el)));
        return null;
    }

    private int integer(JsonObject o, String key, String loc, int missing) {
        JsonElement el = o.get(key);
        if (el == null || el.isJsonNull()) {
            return missing;
        }
        if (el.isJsonPrimitive() && el.getAsJsonPrimitive().isNumber()) {
            JsonPrimitive p = el.getAsJsonPrimitive();
            try {
                return new java.math.BigDecimal(p.getAsString()).intValueExact();
            } catch (ArithmeticException | NumberFormatException e) {
                problems.add(Problem.error(file, loc, "expected an integer that fits 32 bits, found " + p.getAsString()));
                return missing;
            }
        }
        problems.add(Problem.error(file, loc, "expected an integer, found " + describe(el)));
        return missing;
    }

    private JsonObject object(JsonObject o, String key, String loc) {
        JsonElement el = o.get(key);
        if (el == null || el.isJsonNull()) {
            return null;
        }
        if (el.isJsonObject()) {
            return el.getAsJsonObject();
        }
        problems.add(Problem.error(file, loc, "expected an object, found " + describe(el)));
        return null;
    }

    private JsonArray array(JsonObject o, String key, String loc) {
        JsonElement el = o.get(key);
        if (el == null || el.isJsonNull()) {
            return null;
        }
        if (el.isJsonArray()) {
            return el.getAsJsonArray();
        }
        problems.add(Problem.error(file, loc, "expected an array, found " + describe(el)));
        return null;
    }

    private static void keepExtras(JsonObject o, Map<String, Object> extras, Set<String> known) {
        for (Map.Entry<String, JsonElement> e : o.entrySet()) {
            if (!known.contains(e.getKey())) {
                extras.put(e.getKey(), e.getValue());
            }
        }
    }

    private int errorCount() {
        int n = 0;
        for (Problem p : problems) {
            if (p.isError()) {
                n++;
            }
        }
        return n;
    }

    private static String describe(JsonElement el) {
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

    private static String syntaxLocation(String message) {
        if (message != null) {
            Matcher m = LINE_COL.matcher(message);
            if (m.find()) {
                // Gson reports the column after the offending character; point at the character itself.
                return "line " + m.group(1) + ", column " + Math.max(1, Integer.parseInt(m.group(2)) - 1);
            }
        }
        return "line 1, column 1";
    }

    private static String syntaxMessage(Throwable e) {
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
