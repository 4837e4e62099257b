package org.tandai.interchange;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.tandai.model.Annotation;
import org.tandai.model.ArticleText;
import org.tandai.model.Claim;
import org.tandai.model.Entity;
import org.tandai.model.Source;
import org.tandai.model.Span;
import org.tandai.model.Status;
import org.tandai.store.Corpus;
import org.tandai.store.Problem;

/**
 * Reads Label Studio task JSON: an array of tasks or one task, current ({@code data} +
 * {@code annotations}) or legacy ({@code completions}, text at the top level). The text is
 * {@code data.text}, or else the first string in {@code data}. The first annotation is imported;
 * without one, the first prediction is imported as suggestions. Offsets are UTF-16 and converted
 * to code points; when a region's offsets disagree with its own {@code value.text} (old Label
 * Studio versions wrote some ends one short), the text is searched within three units and the
 * region moved there with a warning. Claim/Cue/Content regions and relations map as in
 * {@link LabelStudioExporter}; regions joined by {@code fragment} relations are one span in
 * pieces, {@code attr:}/{@code span:} choices are attributes, and any other relation becomes a
 * Tandai relation of that type (decision 0835).
 */
public final class LabelStudioImporter implements Importer {
    @Override
    public boolean accepts(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    }

    @Override
    public void read(Path source, Sink sink, Consumer<Problem> problems) throws IOException {
        String file = source.toString();
        String base = ConllImporter.baseName(source);
        int[] n = {0};
        Set<String> names = new HashSet<>();
        JsonRecords.read(source, false, (record, line) -> {
            n[0]++;
            String loc = "line " + line;
            if (!record.isJsonObject()) {
                problems.accept(Problem.error(file, loc, "expected a task object; skipped"));
                return true;
            }
            Imported imp = task(file, loc, base, n[0], record.getAsJsonObject(), names, problems);
            return imp == null || sink.accept(imp.article());
        }, problems);
    }

    private Imported task(String file, String loc, String base, int n, JsonObject task, Set<String> names,
                          Consumer<Problem> problems) {
        JsonObject data = task.get("data") instanceof JsonObject d ? d : null;
        String raw = data != null ? Json.str(data, "text") : Json.str(task, "text");
        if (raw == null && data != null) {
            for (Map.Entry<String, JsonElement> e : data.entrySet()) {
                if (e.getValue().isJsonPrimitive() && e.getValue().getAsJsonPrimitive().isString()) {
                    raw = e.getValue().getAsString();
                    problems.accept(Problem.warning(file, loc, "no data.text; using data." + e.getKey() + " as the text"));
                    break;
                }
            }
        }
        if (raw == null) {
            problems.accept(Problem.error(file, loc, "task has no text; skipped"));
            return null;
        }
        String name = data != null ? Json.str(data, "name") : null;
        if (name == null || !Corpus.isSafeName(name) || !names.add(name)) {
            String id = Json.text(task.get("id"));
            name = base + "-" + (id != null && Corpus.isSafeName(id) ? id : String.valueOf(n));
            if (!names.add(name)) {
                name = base + "-" + n;
                names.add(name);
            }
        }
        ArticleText text = ArticleText.of(raw);
        Imported imp = new Imported(name, text);
        JsonArray result = null;
        boolean suggested = false;
        for (String key : List.of("annotations", "completions")) {
            if (result == null && task.get(key) instanceof JsonArray arr && !arr.isEmpty()
                    && arr.get(0) instanceof JsonObject first && first.get("result") instanceof JsonArray r) {
                result = r;
                if (arr.size() > 1) {
                    problems.accept(Problem.warning(file, loc, arr.size() + " " + key + "; only the first is imported"));
                }
            }
        }
        if (result == null && task.get("predictions") instanceof JsonArray preds && !preds.isEmpty()
                && preds.get(0) instanceof JsonObject p && p.get("result") instanceof JsonArray r) {
            result = r;
            suggested = true;
        }
        if (result != null) {
            results(file, loc, imp, OffsetMap.of(raw), result, problems);
        }
        if (suggested) {
            imp.doc.all().forEach(a -> a.setStatus(Status.SUGGESTED));
        }
        return imp;
    }

    private void results(String file, String loc, Imported imp, OffsetMap map, JsonArray result, Consumer<Problem> problems) {
        LabelStudioPieces pieces = LabelStudioPieces.of(result);
        Map<Integer, int[]> ranges = new HashMap<>();
        Map<String, int[]> pieceRanges = new HashMap<>();
        Map<String, Integer> pieceIndex = new HashMap<>();
        Set<String> withRange = new HashSet<>();
        for (int i = 0; i < result.size(); i++) {
            if (result.get(i) instanceof JsonObject r && r.get("value") instanceof JsonObject v
                    && v.get("labels") instanceof JsonArray l && !l.isEmpty()) {
                int[] range = range(file, loc + ": result[" + i + "]", imp.text, map, v, problems);
                String id = Json.text(r.get("id"));
                if (range != null && pieces.isPiece(id)) {
                    pieceRanges.put(id, range);
                    pieceIndex.put(id, i);
                } else if (range != null) {
                    ranges.put(i, range);
                    withRange.add(id);
                }
            }
        }
        for (Map.Entry<String, Integer> p : pieceIndex.entrySet()) {
            if (!withRange.contains(pieces.headOf(p.getKey()))) {
                // A piece whose first region was not imported is kept as a region of its own.
                problems.accept(Problem.warning(file, loc + ": result[" + p.getValue() + "]", "fragment " + p.getKey()
                        + " belongs to region " + pieces.headOf(p.getKey()) + ", which was not imported; imported on its own"));
                ranges.put(p.getValue(), pieceRanges.get(p.getKey()));
            }
        }
        Map<String, Annotation> regions = new HashMap<>();
        Map<String, Span> contents = new HashMap<>();
        for (int i = 0; i < result.size(); i++) {
            String rloc = loc + ": result[" + i + "]";
            if (!(result.get(i) instanceof JsonObject r) || !(r.get("value") instanceof JsonObject v)) {
                continue;
            }
            String id = Json.text(r.get("id"));
            String type = Json.str(r, "type");
            JsonArray labels = v.get("labels") instanceof JsonArray l ? l : null;
            if (labels == null && LabelStudioPieces.isAttributeChoice(r)) {
                continue;
            }
            if (labels == null && "choices".equals(type) && regions.get(id) instanceof Claim c && v.get("choices") instanceof JsonArray ch && !ch.isEmpty()) {
                String from = Json.str(r, "from_name");
                if ("checkWorthiness".equals(from)) {
                    c.setCheckWorthiness(ch.get(0).getAsString());
                } else {
                    c.setVerdict(ch.get(0).getAsString());
                }
                continue;
            }
            if (labels == null || labels.isEmpty()) {
                problems.accept(Problem.warning(file, rloc, "result of type " + type + " is not a labelled text span; not imported"));
                continue;
            }
            int[] range = ranges.get(i);
            if (range == null) {
                continue;
            }
            Span span = pieces.span(file, rloc, imp, id, range, pieceRanges, problems);
            if (labels.size() > 1) {
                problems.accept(Problem.warning(file, rloc, labels.size() + " labels on one region; each becomes an entity"));
            }
            for (JsonElement labelEl : labels) {
                String label = labelEl.getAsString();
                Annotation a;
                switch (label) {
                    case "Claim" -> a = imp.claim(span);
                    case "Cue" -> {
                        Source s = imp.source();
                        s.setCue(span);
                        a = s;
                    }
                    case "Content" -> {
                        contents.put(id, span);
                        continue;
                    }
                    default -> a = imp.entity(label, span);
                }
                if (id != null) {
                    regions.putIfAbsent(id, a);
                }
            }
        }
        relations(file, loc, imp, result, regions, contents, problems);
        pieces.applyAttributes(file, loc, regions, problems);
    }

    private void relations(String file, String loc, Imported imp, JsonArray result, Map<String, Annotation> regions,
                           Map<String, Span> contents, Consumer<Problem> problems) {
        Set<String> used = new HashSet<>();
        for (JsonElement el : result) {
            if (!(el instanceof JsonObject r) || !"relation".equals(Json.str(r, "type")) || LabelStudioPieces.isFragmentRelation(r)) {
                continue;
            }
            String fromId = Json.text(r.get("from_id"));
            String toId = Json.text(r.get("to_id"));
            String label = r.get("labels") instanceof JsonArray l && !l.isEmpty() ? l.get(0).getAsString() : "related";
            Annotation from = regions.get(fromId);
            Annotation to = regions.get(toId);
            if (from == null && contents.containsKey(fromId)) {
                Source s = imp.source();
                s.setContent(contents.get(fromId));
                used.add(fromId);
                regions.put(fromId, s);
                from = s;
            }
            if (from instanceof Source s && label.equals("source") && to instanceof Entity e) {
                s.setSpeaker(e.id());
            } else if (from instanceof Source s && label.equals("content") && contents.containsKey(toId)) {
                s.setContent(contents.get(toId));
                used.add(toId);
            } else if (from instanceof Source s && label.equals("content") && to instanceof Claim c) {
                s.claimIds().add(c.id());
            } else if (from instanceof Source s && label.equals("via") && to instanceof Source v) {
                s.setVia(v.id());
            } else if (from instanceof Claim c && label.equals("claimant") && to instanceof Entity e) {
                c.setClaimant(e.id());
            } else if (from != null && to != null) {
                // Any other relation is a Tandai relation of that type (decision 0835).
                imp.relation(label, from.id(), to.id());
            } else {
                problems.accept(Problem.error(file, loc, "relation " + fromId + " -> " + toId + " refers to unknown regions; skipped"));
            }
        }
        for (Map.Entry<String, Span> c : contents.entrySet()) {
            if (!used.contains(c.getKey())) {
                imp.entity("Content", c.getValue());
            }
        }
    }

    /** UTF-16 offsets of a region checked against its own text and converted to code points. */
    private static int[] range(String file, String loc, ArticleText text, OffsetMap map, JsonObject v,
                               Consumer<Problem> problems) {
        Integer start = Json.integer(v, "start");
        Integer end = Json.integer(v, "end");
        String quoted = Json.str(v, "text");
        String s = map.raw();
        if (start == null || end == null) {
            problems.accept(Problem.error(file, loc, "region without integer start/end; skipped"));
            return null;
        }
        boolean inside = start >= 0 && end <= s.length() && start < end;
        if (quoted != null && !quoted.isEmpty() && !(inside && s.substring(start, end).equals(quoted))) {
            for (int d = 0; d <= 3; d++) {
                for (int from : new int[] {start - d, start + d}) {
                    if (from >= 0 && from + quoted.length() <= s.length() && s.startsWith(quoted, from)) {
                        problems.accept(Problem.warning(file, loc, "offsets " + start + ".." + end + " disagree with the region's text \""
                                + quoted + "\"; moved to " + from + ".." + (from + quoted.length()) + " where the text is"));
                        return new int[] {map.fromUtf16(from, text), map.fromUtf16(from + quoted.length(), text)};
                    }
                }
            }
            if (inside) {
                problems.accept(Problem.warning(file, loc, "region text \"" + quoted + "\" is not in the article near "
                        + start + ".." + end + "; the offsets are kept (\"" + s.substring(start, end) + "\")"));
            }
        }
        if (!inside) {
            problems.accept(Problem.error(file, loc, "offsets " + start + ".." + end + " are outside the text; skipped"));
            return null;
        }
        if (map.splitsSurrogate(start) || map.splitsSurrogate(end)) {
            problems.accept(Problem.error(file, loc, "offsets split an emoji or other astral character; skipped"));
            return null;
        }
        int[] r = {map.fromUtf16(start, text), map.fromUtf16(end, text)};
        return r[0] < r[1] ? r : null;
    }
}
