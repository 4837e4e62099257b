package org.tandai.interchange;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.tandai.model.ArticleText;
import org.tandai.model.Claim;
import org.tandai.model.Entity;
import org.tandai.model.Source;
import org.tandai.model.Span;
import org.tandai.store.Problem;

/**
 * Writes Label Studio tasks: {@code tasks.json} (an array, streamed task by task) and a matching
 * labeling config {@code config.xml}. Regions are {@code labels} results with UTF-16 offsets
 * (Label Studio counts JavaScript string indices); claims are regions labelled {@code Claim} with
 * per-region {@code choices} for verdict and check-worthiness; sources are {@code Cue} and
 * {@code Content} regions joined by {@code relation} items (source, content, claimant, via).
 */
public final class LabelStudioExporter implements Exporter {
    static final String RELATIONS_KEY = "labelStudioRelations";
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
        Json.writeCompact(toJson(a, ++tasks), line);
        line.drainTo(out);
        out.record();
    }

    /** One task. */
    public JsonObject toJson(Article a, int id) {
        ArticleText text = a.text();
        JsonArray result = new JsonArray();
        Map<String, String> regionOf = new HashMap<>();
        Map<String, String> mentionRegion = new HashMap<>();
        int len = text.length();
        for (Entity e : Exports.entities(a.doc())) {
            int i = 0;
            for (Span m : Exports.mentions(e)) {
                if (Exports.usable(m, len)) {
                    String rid = e.id() + "-" + (i++);
                    result.add(region(rid, "label", text, m, "labels", e.type()));
                    regionOf.putIfAbsent(e.id(), rid);
                    mentionRegion.put(e.id() + "@" + m.start(), rid);
                }
            }
        }
        for (Claim c : Exports.claims(a.doc())) {
            if (!Exports.usable(c.span(), len)) {
                continue;
            }
            result.add(region(c.id(), "label", text, c.span(), "labels", "Claim"));
            regionOf.put(c.id(), c.id());
            if (c.verdict() != null) {
                result.add(region(c.id(), "verdict", text, c.span(), "choices", c.verdict()));
            }
            if (c.checkWorthiness() != null) {
                result.add(region(c.id(), "checkWorthiness", text, c.span(), "choices", c.checkWorthiness()));
            }
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
                result.add(region(anchor, "label", text, s.cue(), "labels", "Cue"));
            }
            String content = null;
            if (Exports.usable(s.content(), len)) {
                content = s.id() + "-content";
                result.add(region(content, "label", text, s.content(), "labels", "Content"));
            }
            anchor = anchor != null ? anchor : content;
            if (anchor == null) {
                continue;
            }
            regionOf.put(s.id(), anchor);
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
        if (a.doc().extras().get(RELATIONS_KEY) instanceof JsonArray kept) {
            for (JsonElement el : kept) {
                JsonObject r = el.getAsJsonObject();
                relation(result, regionOf.get(Json.str(r, "from")), regionOf.get(Json.str(r, "to")), Json.str(r, "type"));
            }
        }
        JsonObject annotation = new JsonObject();
        annotation.add("result", result);
        JsonArray annotations = new JsonArray();
        annotations.add(annotation);
        JsonObject data = new JsonObject();
        data.addProperty("text", text.text());
        data.addProperty("name", a.name());
        JsonObject task = new JsonObject();
        task.addProperty("id", id);
        task.add("data", data);
        task.add("annotations", annotations);
        return task;
    }

    private JsonObject region(String id, String from, ArticleText text, Span s, String type, String value) {
        JsonObject v = new JsonObject();
        v.addProperty("start", text.toUtf16(s.start()));
        v.addProperty("end", text.toUtf16(s.end()));
        v.addProperty("text", text.slice(s.start(), s.end()));
        JsonArray vals = new JsonArray();
        vals.add(value);
        v.add(type, vals);
        if (type.equals("labels")) {
            labels.add(value);
        } else {
            choices.computeIfAbsent(from, k -> new TreeSet<>()).add(value);
        }
        JsonObject r = new JsonObject();
        r.addProperty("id", id);
        r.addProperty("from_name", from);
        r.addProperty("to_name", "text");
        r.addProperty("type", type);
        r.add("value", v);
        return r;
    }

    private void relation(JsonArray result, String from, String to, String label) {
        if (from == null || to == null || label == null) {
            return;
        }
        JsonObject r = new JsonObject();
        r.addProperty("type", "relation");
        r.addProperty("from_id", from);
        r.addProperty("to_id", to);
        r.addProperty("direction", "right");
        JsonArray l = new JsonArray();
        l.add(label);
        r.add("labels", l);
        relationLabels.add(label);
        result.add(r);
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
