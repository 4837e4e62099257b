package org.tandai.interchange;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.tandai.model.ArticleText;
import org.tandai.model.Claim;
import org.tandai.model.Entity;
import org.tandai.model.Relation;
import org.tandai.model.Source;
import org.tandai.model.Span;
import org.tandai.store.Problem;

/**
 * Writes Label Studio tasks: {@code tasks.json} (an array, streamed task by task) and a matching
 * labeling config {@code config.xml}. Regions are {@code labels} results with UTF-16 offsets
 * (Label Studio counts JavaScript string indices); claims are regions labelled {@code Claim} with
 * per-region {@code choices} for verdict and check-worthiness; sources are {@code Cue} and
 * {@code Content} regions joined by {@code relation} items (source, content, claimant, via).
 * Model v2 (decision 0835): a span in pieces is one region per fragment joined by
 * {@code fragment} relations; attributes are per-region choices ({@code attr:NAME} for an
 * annotation's, {@code span:NAME} for a span's own); Tandai relations are relation items
 * labelled with their type.
 */
public final class LabelStudioExporter implements Exporter {
    static final String RELATIONS_KEY = "labelStudioRelations";
    /** Label of the relation joining the first region of a span in pieces to each further piece (decision 0835). */
    static final String FRAGMENT = "fragment";
    /** {@code from_name} prefix of the choices holding an annotation's attributes. */
    static final String ATTR = "attr:";
    /** {@code from_name} prefix of the choices holding a span's own attributes (a mention's "negated"). */
    static final String SPAN_ATTR = "span:";
    private final OutputFiles files;
    private final OutputFiles.Stream out;
    private final LineBuffer line = new LineBuffer();
    private final Set<String> labels = new TreeSet<>();
    private final Set<String> relationLabels = new TreeSet<>();
    private final Map<String, Set<String>> choices = new java.util.TreeMap<>();
    private int tasks;

    public LabelStudioExporter(Path outDir) throws IOException {
        this(new OutputFiles(outDir));
    }

    LabelStudioExporter(OutputFiles files) throws IOException {
        this.files = files;
        this.out = files.stream("tasks.json");
        line.write("[\n");
        line.drainTo(out);
    }

    @Override
    public void write(Article a, Consumer<Problem> problems) throws IOException {
        if (tasks > 0) {
            line.write(",\n");
        }
        task(new JsonOut(line, false), a, ++tasks, problems);
        line.drainTo(out);
        out.record();
    }

    /** One task. */
    public JsonObject toJson(Article a, int id) {
        return toJson(a, id, p -> { });
    }

    /** One task; what Label Studio cannot hold is reported. A tree read back from the bytes the export writes. */
    public JsonObject toJson(Article a, int id, Consumer<Problem> problems) {
        LineBuffer b = new LineBuffer();
        task(new JsonOut(b, false), a, id, problems);
        return JsonParser.parseString(b.text()).getAsJsonObject();
    }

    /** Streams one task: its id and data first, then the regions and relations as they are found. */
    private void task(JsonOut result, Article a, int id, Consumer<Problem> problems) {
        ArticleText text = a.text();
        result.beginObject().name("id").value(id).name("data").beginObject().name("text").value(text.text())
                .name("name").value(a.name()).endObject();
        result.name("annotations").beginArray().beginObject().name("result").beginArray();
        Map<String, String> regionOf = new HashMap<>();
        Map<String, String> mentionRegion = new HashMap<>();
        int len = text.length();
        for (Entity e : Exports.entities(a.doc())) {
            int i = 0;
            for (Span m : Exports.mentions(e)) {
                if (Exports.usable(m, len)) {
                    String rid = e.id() + "-" + (i++);
                    labels(result, rid, text, m, e.type());
                    if (regionOf.putIfAbsent(e.id(), rid) == null) {
                        attributes(result, rid, text, m, ATTR, e.attributes());
                    }
                    mentionRegion.put(e.id() + "@" + m.start(), rid);
                }
            }
        }
        for (Claim c : Exports.claims(a.doc())) {
            if (!Exports.usable(c.span(), len)) {
                continue;
            }
            labels(result, c.id(), text, c.span(), "Claim");
            regionOf.put(c.id(), c.id());
            Span head = c.span().fragments().get(0);
            if (c.verdict() != null) {
                region(result, c.id(), "verdict", text, head, "choices", c.verdict());
            }
            if (c.checkWorthiness() != null) {
                region(result, c.id(), "checkWorthiness", text, head, "choices", c.checkWorthiness());
            }
            attributes(result, c.id(), text, head, ATTR, c.attributes());
            Entity who = a.doc().entity(c.claimant());
            if (who != null) {
                Span m = Exports.nearestMention(who, c.span());
                relation(result, c.id(), m == null ? null : mentionRegion.get(who.id() + "@" + m.start()), "claimant");
            }
        }
        for (Source s : Exports.sources(a.doc())) {
            String anchor = null;
            if (Exports.usable(s.cue(), len)) {
                anchor = s.id() + "-cue";
                labels(result, anchor, text, s.cue(), "Cue");
            }
            String content = null;
            if (Exports.usable(s.content(), len)) {
                content = s.id() + "-content";
                labels(result, content, text, s.content(), "Content");
            }
            anchor = anchor != null ? anchor : content;
            if (anchor == null) {
                continue;
            }
            regionOf.put(s.id(), anchor);
            attributes(result, anchor, text, (anchor.equals(content) ? s.content() : s.cue()).fragments().get(0), ATTR,
                    s.attributes());
            Entity who = a.doc().entity(s.speaker());
            if (who != null) {
                Span m = Exports.nearestMention(who, s.cue());
                relation(result, anchor, m == null ? null : mentionRegion.get(who.id() + "@" + m.start()), "source");
            }
            if (content != null && !content.equals(anchor)) {
                relation(result, anchor, content, "content");
            }
            for (String cid : s.claimIds()) {
                relation(result, anchor, regionOf.get(cid), "content");
            }
        }
        for (Source s : Exports.sources(a.doc())) {
            relation(result, regionOf.get(s.id()), regionOf.get(s.via()), "via");
        }
        for (Relation r : a.doc().relations()) {
            if (!Exports.exported(r)) {
                continue;
            }
            String from = regionOf.get(r.from());
            String to = regionOf.get(r.to());
            if (from == null || to == null) {
                problems.accept(Problem.warning(a.name() + ".txt", r.id(), "relation " + r.type()
                        + " has an end that was not exported (or is a relation, which Label Studio cannot link); not exported"));
                continue;
            }
            relation(result, from, to, r.type());
            if (!r.attributes().isEmpty() || r.note() != null) {
                problems.accept(Problem.warning(a.name() + ".txt", r.id(), "Label Studio relations carry no attributes or "
                        + "notes; only the type of " + r.id() + " is exported"));
            }
        }
        if (a.doc().extras().get(RELATIONS_KEY) instanceof JsonArray kept) {
            for (JsonElement el : kept) {
                JsonObject r = el.getAsJsonObject();
                relation(result, regionOf.get(Json.str(r, "from")), regionOf.get(Json.str(r, "to")), Json.str(r, "type"));
            }
        }
        result.endArray().endObject().endArray().endObject();
    }

    /**
     * A labelled span: one {@code labels} region per fragment, the first with the given id, the
     * others {@code ID~N} joined to it by a {@value #FRAGMENT} relation; the span's own
     * attributes as choices on the first region.
     */
    private void labels(JsonOut result, String id, ArticleText text, Span s, String label) {
        List<Span> fragments = s.fragments();
        region(result, id, "label", text, fragments.get(0), "labels", label);
        for (int i = 1; i < fragments.size(); i++) {
            String piece = id + "~" + i;
            region(result, piece, "label", text, fragments.get(i), "labels", label);
            relation(result, id, piece, FRAGMENT);
        }
        attributes(result, id, text, fragments.get(0), SPAN_ATTR, s.attributes());
    }

    /** Attributes as per-region choices: {@code from_name} PREFIX+name, the value as the one choice. */
    private void attributes(JsonOut result, String id, ArticleText text, Span at, String prefix, Map<String, Object> values) {
        new java.util.TreeMap<>(values).forEach((name, value) -> {
            if (value != null && !"".equals(value)) {
                region(result, id, prefix + name, text, at, "choices", String.valueOf(value));
            }
        });
    }

    private void region(JsonOut result, String id, String from, ArticleText text, Span s, String type, String value) {
        if (type.equals("labels")) {
            labels.add(value);
        } else {
            choices.computeIfAbsent(from, k -> new TreeSet<>()).add(value);
        }
        int start = text.toUtf16(s.start());
        int end = text.toUtf16(s.end());
        result.beginObject().name("id").value(id).name("from_name").value(from).name("to_name").value("text")
                .name("type").value(type);
        result.name("value").beginObject().name("start").value(start).name("end").value(end)
                .name("text").value(text.text(), start, end).name(type).beginArray().value(value).endArray().endObject();
        result.endObject();
    }

    private void relation(JsonOut result, String from, String to, String label) {
        if (from == null || to == null || label == null) {
            return;
        }
        result.beginObject().name("type").value("relation").name("from_id").value(from).name("to_id").value(to)
                .name("direction").value("right").name("labels").beginArray().value(label).endArray().endObject();
        relationLabels.add(label);
    }

    @Override
    public void finish() throws IOException {
        line.write("\n]\n");
        line.drainTo(out);
        StringBuilder conf = new StringBuilder("<View>\n  <Relations>\n");
        for (String r : relationLabels) {
            conf.append("    <Relation value=\"").append(xml(r)).append("\"/>\n");
        }
        conf.append("  </Relations>\n  <Labels name=\"label\" toName=\"text\">\n");
        for (String l : labels) {
            conf.append("    <Label value=\"").append(xml(l)).append("\"/>\n");
        }
        conf.append("  </Labels>\n  <Text name=\"text\" value=\"$text\"/>\n");
        choices.forEach((name, values) -> {
            conf.append("  <Choices name=\"").append(xml(name)).append("\" toName=\"text\" perRegion=\"true\">\n");
            values.forEach(v -> conf.append("    <Choice value=\"").append(xml(v)).append("\"/>\n"));
            conf.append("  </Choices>\n");
        });
        conf.append("</View>\n");
        // The tasks and their config come into place together, or neither does.
        files.commit(out.whole(), files.prepare("config.xml", conf.toString()));
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }

    @Override
    public void close() throws IOException {
        out.discard();
    }
}
