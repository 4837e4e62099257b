package org.tandai.store;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.tandai.model.AnnotatedDocument;
import org.tandai.model.Anchor;
import org.tandai.model.Annotation;
import org.tandai.model.Claim;
import org.tandai.model.DocumentInfo;
import org.tandai.model.Entity;
import org.tandai.model.Evidence;
import org.tandai.model.Kind;
import org.tandai.model.Relation;
import org.tandai.model.Source;
import org.tandai.model.Span;

/**
 * Writes the canonical sidecar JSON: fixed key order, annotations sorted by position then id,
 * 2-space indent, LF, trailing newline. The same annotations always give the same bytes, so a
 * corpus kept in git diffs cleanly. Unknown fields from the loaded file follow the known ones.
 */
public final class SidecarWriter {
    private static final TypeAdapter<JsonElement> ELEMENT = new Gson().getAdapter(JsonElement.class);

    private SidecarWriter() {
    }

    public static String toJson(AnnotatedDocument doc) {
        // Not java.io.StringWriter: its StringBuffer takes a lock on each of the ~10^6 small writes
        // JsonWriter makes for a 10,000-annotation document, which was a third of the save time.
        StringBuilderWriter raw = new StringBuilderWriter(64 + doc.size() * 400);
        try {
            writeRaw(doc, raw);
        } catch (IOException e) {
            throw new IllegalStateException("writing to a string cannot fail", e);
        }
        return escapeLoneSurrogates(raw.toString());
    }

    /**
     * One annotation in the file form, on one line (no indent): the same keys, order and values as in
     * {@link #toJson}. The merge driver compares and merges annotations in this form.
     */
    public static String annotationJson(Annotation a) {
        StringBuilderWriter raw = new StringBuilderWriter(512);
        JsonWriter w = new JsonWriter(raw);
        w.setHtmlSafe(false);
        w.setSerializeNulls(false);
        try {
            switch (a.kind()) {
                case ENTITY -> writeEntity(w, (Entity) a);
                case CLAIM -> writeClaim(w, (Claim) a);
                case SOURCE -> writeSource(w, (Source) a);
                case RELATION -> writeRelation(w, (Relation) a);
            }
            w.flush();
        } catch (IOException e) {
            throw new IllegalStateException("writing to a string cannot fail", e);
        }
        return escapeLoneSurrogates(raw.toString());
    }

    /** An unsynchronized Writer into a StringBuilder. */
    private static final class StringBuilderWriter extends Writer {
        private final StringBuilder sb;

        StringBuilderWriter(int capacity) {
            sb = new StringBuilder(capacity);
        }

        @Override
        public void write(int c) {
            sb.append((char) c);
        }

        @Override
        public void write(char[] buf, int off, int len) {
            sb.append(buf, off, len);
        }

        @Override
        public void write(String str, int off, int len) {
            sb.append(str, off, off + len);
        }

        @Override
        public Writer append(CharSequence csq) {
            sb.append(csq);
            return this;
        }

        @Override
        public Writer append(CharSequence csq, int start, int end) {
            sb.append(csq, start, end);
            return this;
        }

        @Override
        public Writer append(char c) {
            sb.append(c);
            return this;
        }

        @Override
        public void flush() {
            // Nothing buffered.
        }

        @Override
        public void close() {
            // Nothing to release.
        }

        @Override
        public String toString() {
            return sb.toString();
        }
    }

    /**
     * Streams the canonical sidecar, UTF-8 encoded, to {@code out}: the same bytes as
     * {@code toJson(doc).getBytes(UTF_8)}, through a 64 KB buffer instead of a string the size of
     * the file (decision 1220). {@code out} is flushed, not closed.
     */
    public static void write(AnnotatedDocument doc, java.io.OutputStream out) throws IOException {
        Utf8StreamWriter w = new Utf8StreamWriter(out);
        writeRaw(doc, w);
        w.close();
    }

    public static void write(AnnotatedDocument doc, Writer out) throws IOException {
        out.write(toJson(doc));
        out.flush();
    }

    /**
     * Gson writes a lone UTF-16 surrogate (half an emoji, from a producer that cut a string in
     * UTF-16 units) as the raw char, which UTF-8 encoding then turns into '?': silent data loss.
     * Lone surrogates can only occur inside JSON strings, so escaping them as backslash-u keeps the
     * file valid UTF-8 and lets the reader get the exact same string back.
     */
    static String escapeLoneSurrogates(String json) {
        StringBuilder sb = null;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            boolean lone = Character.isHighSurrogate(c)
                    ? i + 1 >= json.length() || !Character.isLowSurrogate(json.charAt(i + 1))
                    : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(json.charAt(i - 1)));
            if (lone && sb == null) {
                sb = new StringBuilder(json.length() + 16).append(json, 0, i);
            }
            if (sb != null) {
                if (lone) {
                    sb.append(String.format("\\u%04x", (int) c));
                } else {
                    sb.append(c);
                }
            }
        }
        return sb == null ? json : sb.toString();
    }

    private static void writeRaw(AnnotatedDocument doc, Writer out) throws IOException {
        JsonWriter w = new JsonWriter(out);
        w.setIndent("  ");
        w.setHtmlSafe(false);
        w.setSerializeNulls(false);
        w.beginObject();
        w.name("format").value(SidecarFormat.FORMAT);
        w.name("version").value(SidecarFormat.VERSION);
        w.name("offsetUnit").value(SidecarFormat.OFFSET_UNIT);
        writeInfo(w, doc.info());
        w.name("nextIds").beginObject();
        w.name("entity").value(doc.nextIdNumber(Kind.ENTITY));
        w.name("claim").value(doc.nextIdNumber(Kind.CLAIM));
        w.name("source").value(doc.nextIdNumber(Kind.SOURCE));
        w.name("relation").value(doc.nextIdNumber(Kind.RELATION));
        w.endObject();
        w.name("entities").beginArray();
        for (Entity e : sorted(doc.entities())) {
            writeEntity(w, e);
        }
        w.endArray();
        w.name("claims").beginArray();
        for (Claim c : sorted(doc.claims())) {
            writeClaim(w, c);
        }
        w.endArray();
        w.name("sources").beginArray();
        for (Source s : sorted(doc.sources())) {
            writeSource(w, s);
        }
        w.endArray();
        w.name("relations").beginArray();
        for (Relation r : sorted(doc.relations())) {
            writeRelation(w, r);
        }
        w.endArray();
        SidecarConflicts.write(w, doc.conflicts());
        writeExtras(w, doc.extras());
        w.endObject();
        w.flush();
        out.write('\n');
        out.flush();
    }

    private static <T extends Annotation> List<T> sorted(List<T> list) {
        List<T> copy = new ArrayList<>(list);
        copy.sort(SidecarFormat.ORDER);
        return copy;
    }

    private static void writeInfo(JsonWriter w, DocumentInfo d) throws IOException {
        w.name("document").beginObject();
        w.name("file").value(d.file());
        w.name("sha256").value(d.sha256());
        w.name("normalization").value(SidecarFormat.NORMALIZATION);
        opt(w, "language", d.language());
        opt(w, "title", d.title());
        opt(w, "outlet", d.outlet());
        opt(w, "url", d.url());
        opt(w, "published", d.published());
        writeExtras(w, d.extras());
        w.endObject();
    }

    private static void writeEntity(JsonWriter w, Entity e) throws IOException {
        w.beginObject();
        w.name("id").value(e.id());
        w.name("name").value(e.name());
        w.name("type").value(e.type());
        opt(w, "externalId", e.externalId());
        opt(w, "note", e.note());
        w.name("mentions").beginArray();
        List<Span> mentions = new ArrayList<>(e.mentions());
        mentions.sort(Span::compare);
        for (Span s : mentions) {
            writeSpan(w, s);
        }
        w.endArray();
        writeCommon(w, e);
        w.endObject();
    }

    private static void writeClaim(JsonWriter w, Claim c) throws IOException {
        w.beginObject();
        w.name("id").value(c.id());
        w.name("span");
        writeSpan(w, c.span());
        opt(w, "statement", c.statement());
        opt(w, "claimant", c.claimant());
        opt(w, "kind", c.claimKind());
        opt(w, "checkWorthiness", c.checkWorthiness());
        opt(w, "verdict", c.verdict());
        if (!c.evidence().isEmpty()) {
            w.name("evidence").beginArray();
            for (Evidence ev : c.evidence()) {
                w.beginObject();
                opt(w, "url", ev.url());
                opt(w, "note", ev.note());
                w.endObject();
            }
            w.endArray();
        }
        opt(w, "note", c.note());
        writeCommon(w, c);
        w.endObject();
    }

    private static void writeSource(JsonWriter w, Source s) throws IOException {
        w.beginObject();
        w.name("id").value(s.id());
        opt(w, "speaker", s.speaker());
        opt(w, "speakerDescription", s.speakerDescription());
        if (s.cue() != null) {
            w.name("cue");
            writeSpan(w, s.cue());
        }
        if (!s.claimIds().isEmpty()) {
            w.name("claims").beginArray();
            for (String id : s.claimIds()) {
                w.value(id);
            }
            w.endArray();
        }
        if (s.content() != null) {
            w.name("content");
            writeSpan(w, s.content());
        }
        opt(w, "form", s.form());
        opt(w, "via", s.via());
        opt(w, "note", s.note());
        writeCommon(w, s);
        w.endObject();
    }

    /** Relations have no span: {@link SidecarFormat#ORDER} sorts them by id. */
    private static void writeRelation(JsonWriter w, Relation r) throws IOException {
        w.beginObject();
        w.name("id").value(r.id());
        w.name("type").value(r.type());
        w.name("from").value(r.from());
        w.name("to").value(r.to());
        opt(w, "note", r.note());
        writeCommon(w, r);
        w.endObject();
    }

    /** "attributes" (sorted by name), then the common fields, then the fields this version does not know. */
    private static void writeCommon(JsonWriter w, Annotation a) throws IOException {
        writeAttributes(w, a.attributes());
        w.name("status").value(a.status().key());
        opt(w, "createdBy", a.createdBy());
        opt(w, "createdAt", instant(a.createdAt()));
        opt(w, "updatedAt", instant(a.updatedAt()));
        opt(w, "updatedBy", a.updatedBy());
        writeExtras(w, a.extras());
    }

    /**
     * A one-piece span as {@code {start, end, exact, prefix, suffix, anchor}}; a span in pieces as
     * {@code {fragments: [...]}} with one such object per fragment (its anchor is each fragment's).
     * Span attributes, if any, follow as {@code attributes}.
     */
    static void writeSpan(JsonWriter w, Span s) throws IOException {
        if (s.isMultiFragment()) {
            w.beginObject();
            w.name("fragments").beginArray();
            for (Span f : s.fragments()) {
                w.beginObject();
                writePiece(w, f);
                w.endObject();
            }
            w.endArray();
        } else {
            w.beginObject();
            writePiece(w, s);
        }
        writeAttributes(w, s.attributes());
        w.endObject();
    }

    /** Attribute values sorted by name; nothing when there are none. */
    private static void writeAttributes(JsonWriter w, Map<String, Object> attributes) throws IOException {
        if (attributes.isEmpty()) {
            return;
        }
        w.name("attributes").beginObject();
        for (Map.Entry<String, Object> e : new TreeMap<>(attributes).entrySet()) {
            w.name(e.getKey());
            if (e.getValue() instanceof Boolean b) {
                w.value(b);
            } else {
                w.value(String.valueOf(e.getValue()));
            }
        }
        w.endObject();
    }

    private static void writePiece(JsonWriter w, Span s) throws IOException {
        w.name("start").value(s.start());
        w.name("end").value(s.end());
        w.name("exact").value(s.exact());
        if (!s.prefix().isEmpty()) {
            w.name("prefix").value(s.prefix());
        }
        if (!s.suffix().isEmpty()) {
            w.name("suffix").value(s.suffix());
        }
        if (s.anchor() != Anchor.OK) {
            w.name("anchor").value(s.anchor() == Anchor.REVIEW ? "review" : "orphaned");
        }
    }

    private static void writeExtras(JsonWriter w, Map<String, Object> extras) throws IOException {
        for (Map.Entry<String, Object> x : extras.entrySet()) {
            if (x.getValue() instanceof JsonElement el) {
                w.name(x.getKey());
                ELEMENT.write(w, el);
            }
        }
    }

    private static void opt(JsonWriter w, String name, String value) throws IOException {
        if (value != null) {
            w.name(name).value(value);
        }
    }

    private static String instant(Instant t) {
        return t == null ? null : t.toString();
    }
}
