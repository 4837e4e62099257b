package org.tandai.store;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tandai.model.AnnotatedDocument;
import org.tandai.model.Annotation;
import org.tandai.model.Claim;
import org.tandai.model.DocumentInfo;
import org.tandai.model.Entity;
import org.tandai.model.Evidence;
import org.tandai.model.Kind;
import org.tandai.model.Relation;
import org.tandai.model.Source;
import org.tandai.model.Span;
import org.tandai.model.Status;
import org.tandai.store.migrate.Migrations;

/**
 * Reads a sidecar. Syntax is parsed strictly (no comments, no single quotes, no trailing garbage)
 * and a syntax error is reported with its line and column. The structure is then mapped
 * annotation by annotation: a bad annotation is reported with its id and field and left out,
 * while the good ones are still read (a partial read). Unknown fields are kept as extras.
 *
 * <p>The JSON tree of a file at an older format version goes through the migration chain
 * ({@link Migrations}) before it is mapped, so this class only reads the current version's form
 * (docs/format.md, decision 0810). Spans and attributes are read by {@link SidecarSpanReader}.
 */
public final class SidecarReader {
    // Known keys per object, built once (a Set.of per annotation showed up in the load profile).
    private static final Set<String> ENTITY_KEYS = Set.of("id", "name", "type", "externalId", "note", "mentions", "attributes");
    private static final Set<String> CLAIM_KEYS = Set.of("id", "span", "statement", "claimant", "kind", "checkWorthiness", "verdict", "evidence", "note", "attributes");
    private static final Set<String> SOURCE_KEYS = Set.of("id", "speaker", "speakerDescription", "cue", "claims", "content", "form", "via", "note", "attributes");
    private static final Set<String> RELATION_KEYS = Set.of("id", "type", "from", "to", "note", "attributes");
    private static final Set<String> TOP_KEYS = Set.of("format", "version", "offsetUnit", "document", "nextIds",
            "entities", "claims", "sources", "relations", SidecarConflicts.KEY);

    /**
     * Result of reading: the document (null when nothing usable was found), every problem met, and
     * the format version the file was written in (before migration; 0 when unreadable).
     */
    public record Result(AnnotatedDocument document, List<Problem> problems, int version, boolean syntaxError) {
        public boolean hasErrors() {
            return problems.stream().anyMatch(Problem::isError);
        }

        /** True when the file was written by a newer Tandai: show it, but never save over it. */
        public boolean newerVersion() {
            return version > SidecarFormat.VERSION;
        }

        /** True when the file is at an older format version: it was migrated on reading, and saving upgrades it. */
        public boolean olderVersion() {
            return version >= 1 && version < SidecarFormat.VERSION;
        }
    }

    private final String file;
    private final List<Problem> problems = new ArrayList<>();

    private final JsonFields fields;
    private final SidecarSpanReader spans;

    private SidecarReader(String file) {
        this.file = file;
        this.fields = new JsonFields(file, problems);
        this.spans = new SidecarSpanReader(file, problems, fields);
    }

    public static Result read(String fileLabel, String json) {
        return read(fileLabel, new StringReader(json));
    }

    public static Result read(String fileLabel, Reader in) {
        return new SidecarReader(fileLabel).run(in);
    }

    private Result run(Reader in) {
        JsonElement root;
        try {
            root = StrictJson.parse(in);
        } catch (IOException | JsonParseException | IllegalStateException | StackOverflowError e) {
            problems.add(StrictJson.problem(file, e));
            return new Result(null, problems, 0, true);
        }
        if (!root.isJsonObject()) {
            problems.add(Problem.error(file, "line 1, column 1", "expected a JSON object at the top level"));
            return new Result(null, problems, 0, false);
        }
        JsonObject top = root.getAsJsonObject();
        String format = fields.str(top, "format", null);
        if (!SidecarFormat.FORMAT.equals(format)) {
            problems.add(Problem.error(file, "format", "not a Tandai annotations file (format is "
                    + (format == null ? "missing" : "\"" + format + "\"") + ", expected \"" + SidecarFormat.FORMAT + "\")"));
            return new Result(null, problems, 0, false);
        }
        int version = fields.integer(top, "version", null, -1);
        if (version < 1) {
            problems.add(Problem.error(file, "version", "missing or invalid format version"));
        } else if (version > SidecarFormat.VERSION) {
            problems.add(Problem.error(file, "version", "written by a newer Tandai (format version " + version
                    + "; this version reads " + SidecarFormat.VERSION + "): opened read-only, the file is kept as it is"));
        }
        String unit = fields.str(top, "offsetUnit", null);
        if (unit != null && !SidecarFormat.OFFSET_UNIT.equals(unit)) {
            problems.add(Problem.error(file, "offsetUnit", "offset unit \"" + unit + "\" is not supported; expected \"codepoint\""));
        }
        // The file form of an older version is brought up to this version's form first (the
        // migration chain, decision 0810); what follows only knows the current version's form.
        Migrations.toCurrent(top, version, file, problems);
        AnnotatedDocument doc = new AnnotatedDocument(readInfo(top));
        readList(top, "entities", doc, this::readEntity);
        readList(top, "claims", doc, this::readClaim);
        readList(top, "sources", doc, this::readSource);
        readList(top, "relations", doc, this::readRelation);
        readNextIds(top, doc);
        SidecarConflicts.read(top.get(SidecarConflicts.KEY), file, problems, doc.conflicts());
        for (Map.Entry<String, JsonElement> e : top.entrySet()) {
            if (!TOP_KEYS.contains(e.getKey())) {
                doc.extras().put(e.getKey(), e.getValue());
            }
        }
        return new Result(doc, problems, version, false);
    }

    private DocumentInfo readInfo(JsonObject top) {
        JsonObject d = fields.object(top, "document", null);
        if (d == null) {
            problems.add(Problem.error(file, "document", "missing the document object"));
            return new DocumentInfo(null, null, null);
        }
        DocumentInfo info = new DocumentInfo(fields.str(d, "file", "document"), fields.str(d, "sha256", "document"),
                fields.str(d, "language", "document"));
        if (info.file() == null) {
            problems.add(Problem.error(file, "document.file", "missing the article file name"));
        }
        if (info.sha256() == null) {
            problems.add(Problem.error(file, "document.sha256", "missing the text hash"));
        }
        String norm = fields.str(d, "normalization", "document");
        if (norm != null && !SidecarFormat.NORMALIZATION.equals(norm)) {
            problems.add(Problem.warning(file, "document.normalization", "unknown normalization \"" + norm + "\""));
        }
        info.setTitle(fields.str(d, "title", "document"));
        info.setOutlet(fields.str(d, "outlet", "document"));
        info.setUrl(fields.str(d, "url", "document"));
        info.setPublished(fields.str(d, "published", "document"));
        keepExtras(d, info.extras(), Set.of("file", "sha256", "normalization", "language", "title", "outlet", "url", "published"));
        return info;
    }

    private void readNextIds(JsonObject top, AnnotatedDocument doc) {
        JsonObject n = fields.object(top, "nextIds", null);
        if (n == null) {
            return;
        }
        doc.reserveIdNumber(Kind.ENTITY, fields.integer(n, "entity", "nextIds", 1) - 1);
        doc.reserveIdNumber(Kind.CLAIM, fields.integer(n, "claim", "nextIds", 1) - 1);
        doc.reserveIdNumber(Kind.SOURCE, fields.integer(n, "source", "nextIds", 1) - 1);
        doc.reserveIdNumber(Kind.RELATION, fields.integer(n, "relation", "nextIds", 1) - 1);
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
            String id = fields.str(o, "id", loc);
            if (id == null || id.isBlank()) {
                problems.add(Problem.error(file, loc + ".id", "missing id; annotation skipped"));
                continue;
            }
            Annotation a = reader.read(o, id);
            Map<String, Object> attributes = spans.attributes(o.get("attributes"), id);
            if (a == null || attributes == null || errorCount() > before) {
                problems.add(Problem.error(file, id, "annotation skipped because of the errors above"));
                continue;
            }
            a.attributes().putAll(attributes);
            readCommon(o, a, id);
            doc.add(a);
        }
    }

    private Entity readEntity(JsonObject o, String id) {
        String name = fields.str(o, "name", id);
        String type = fields.str(o, "type", id);
        if (name == null) {
            problems.add(Problem.error(file, id + ".name", "missing name"));
        }
        if (type == null) {
            problems.add(Problem.error(file, id + ".type", "missing type"));
        }
        Entity e = new Entity(id, name, type);
        e.setExternalId(fields.str(o, "externalId", id));
        e.setNote(fields.str(o, "note", id));
        JsonArray mentions = fields.array(o, "mentions", id);
        if (mentions == null || mentions.isEmpty()) {
            problems.add(Problem.error(file, id + ".mentions", "an entity needs at least one mention"));
        } else {
            for (int i = 0; i < mentions.size(); i++) {
                Span s = spans.span(mentions.get(i), id, "mentions", i);
                if (s != null) {
                    e.mentions().add(s);
                }
            }
        }
        keepExtras(o, e.extras(), ENTITY_KEYS);
        return e;
    }

    private Claim readClaim(JsonObject o, String id) {
        JsonElement spanEl = o.get("span");
        Span span = spanEl == null ? null : spans.span(spanEl, id, "span", -1);
        if (spanEl == null) {
            problems.add(Problem.error(file, id + ".span", "missing span"));
        }
        Claim c = new Claim(id, span, fields.str(o, "statement", id));
        c.setClaimant(fields.str(o, "claimant", id));
        c.setClaimKind(fields.str(o, "kind", id));
        c.setCheckWorthiness(fields.str(o, "checkWorthiness", id));
        c.setVerdict(fields.str(o, "verdict", id));
        c.setNote(fields.str(o, "note", id));
        JsonArray ev = fields.array(o, "evidence", id);
        if (ev != null) {
            for (int i = 0; i < ev.size(); i++) {
                String loc = id + ".evidence[" + i + "]";
                if (!ev.get(i).isJsonObject()) {
                    problems.add(Problem.error(file, loc, "expected an object with url and note"));
                    continue;
                }
                JsonObject item = ev.get(i).getAsJsonObject();
                c.evidence().add(new Evidence(fields.str(item, "url", loc), fields.str(item, "note", loc)));
            }
        }
        keepExtras(o, c.extras(), CLAIM_KEYS);
        return c;
    }

    private Source readSource(JsonObject o, String id) {
        Source s = new Source(id);
        s.setSpeaker(fields.str(o, "speaker", id));
        s.setSpeakerDescription(fields.str(o, "speakerDescription", id));
        if (o.has("cue") && !o.get("cue").isJsonNull()) {
            s.setCue(spans.span(o.get("cue"), id, "cue", -1));
        }
        if (o.has("content") && !o.get("content").isJsonNull()) {
            s.setContent(spans.span(o.get("content"), id, "content", -1));
        }
        JsonArray claims = fields.array(o, "claims", id);
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
        s.setForm(fields.str(o, "form", id));
        s.setVia(fields.str(o, "via", id));
        s.setNote(fields.str(o, "note", id));
        keepExtras(o, s.extras(), SOURCE_KEYS);
        return s;
    }

    private Relation readRelation(JsonObject o, String id) {
        String type = fields.str(o, "type", id);
        String from = fields.str(o, "from", id);
        String to = fields.str(o, "to", id);
        if (type == null) {
            problems.add(Problem.error(file, id + ".type", "missing relation type"));
        }
        if (from == null) {
            problems.add(Problem.error(file, id + ".from", "missing the id the relation goes from"));
        }
        if (to == null) {
            problems.add(Problem.error(file, id + ".to", "missing the id the relation goes to"));
        }
        Relation r = new Relation(id, type, from, to);
        r.setNote(fields.str(o, "note", id));
        keepExtras(o, r.extras(), RELATION_KEYS);
        return r;
    }

    private void readCommon(JsonObject o, Annotation a, String id) {
        String status = fields.str(o, "status", id);
        if (status != null) {
            Status st = Status.fromKey(status);
            if (st == null) {
                problems.add(Problem.warning(file, id + ".status", "unknown status \"" + status + "\"; read as accepted"));
            } else {
                a.setStatus(st);
            }
        }
        a.setCreatedBy(fields.str(o, "createdBy", id));
        a.setCreatedAt(Timestamps.parse(fields.str(o, "createdAt", id), file, id, "createdAt", problems));
        a.setUpdatedAt(Timestamps.parse(fields.str(o, "updatedAt", id), file, id, "updatedAt", problems));
        a.setUpdatedBy(fields.str(o, "updatedBy", id));
        a.extras().remove("status");
        a.extras().remove("createdBy");
        a.extras().remove("updatedBy");
        // A timestamp that does not parse stays in extras, so it is written back as it was.
        if (a.createdAt() != null) {
            a.extras().remove("createdAt");
        }
        if (a.updatedAt() != null) {
            a.extras().remove("updatedAt");
        }
    }

    // --- typed field access that reports wrong types with their location ---
    // The location ("c12.span.start") is only built when there is a problem to report: building
    // it for every field of every annotation cost more than a tenth of the load time.

    private static void keepExtras(JsonObject o, Map<String, Object> extras, Set<String> known) {
        for (Map.Entry<String, JsonElement> e : o.entrySet()) {
            if (!known.contains(e.getKey()) && !isCommonField(e.getKey(), e.getValue())) {
                extras.put(e.getKey(), e.getValue());
            }
        }
    }

    /**
     * True for the fields readCommon takes out of the extras again: status and createdBy always,
     * a timestamp when it parses. Leaving them out up front gives the same extras without putting
     * and removing four entries per annotation, which left every annotation with an 80-byte hash
     * table. A timestamp that does not parse stays in extras at its place, as before.
     */
    private static boolean isCommonField(String key, JsonElement value) {
        return switch (key) {
            case "status", "createdBy", "updatedBy" -> true;
            case "createdAt", "updatedAt" -> value.isJsonPrimitive() && value.getAsJsonPrimitive().isString()
                    && Timestamps.parseOrNull(value.getAsString()) != null;
            default -> false;
        };
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

}