package org.tandai.interchange;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tandai.model.Claim;
import org.tandai.model.Entity;
import org.tandai.model.Source;
import org.tandai.model.Span;

/**
 * The numbered doccano items (entity mentions, claims, cues, contents) and relations of one JSONL
 * record, in the order {@link JsonlExporter} writes them. Item ids start at 1 in that order;
 * relations are numbered as they are found.
 */
final class JsonlItems {
    /** One entry of {@code entities}; mentions also give a {@code label} row. */
    record Item(int id, String label, int start, int end, boolean mention) {
    }

    /** One entry of {@code relations}. */
    record Relation(int id, int from, int to, String type) {
    }

    private final List<Item> items = new ArrayList<>();
    private final List<Relation> relations = new ArrayList<>();
    private final List<String> degraded = new ArrayList<>();
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<Claim> claims;
    private final List<Source> sources;

    JsonlItems(Article a) {
        Map<Span, Integer> mentionIds = new HashMap<>();
        int len = a.text().length();
        for (Entity e : Exports.entities(a.doc())) {
            List<Span> ms = Exports.mentions(e);
            for (int i = 0; i < ms.size(); i++) {
                Span m = ms.get(i);
                if (!Exports.usable(m, len)) {
                    continue;
                }
                int id = item(e.type(), m, true, e.id() + ".mentions[" + i + "]");
                mentionIds.put(m, id);
                ids.putIfAbsent(e.id(), id);
            }
        }
        claims = Exports.claims(a.doc());
        for (Claim c : claims) {
            if (Exports.usable(c.span(), len)) {
                ids.put(c.id(), item("CLAIM", c.span(), false, c.id() + ".span"));
            }
        }
        sources = Exports.sources(a.doc());
        for (Source s : sources) {
            if (Exports.usable(s.cue(), len)) {
                ids.put(s.id(), item("CUE", s.cue(), false, s.id() + ".cue"));
            }
        }
        for (Claim c : claims) {
            Entity who = a.doc().entity(c.claimant());
            if (ids.containsKey(c.id()) && who != null) {
                relation(ids.get(c.id()), mentionIds.get(Exports.nearestMention(who, c.span())), "claimant");
            }
        }
        for (Source s : sources) {
            Integer cue = ids.get(s.id());
            Integer contentId = Exports.usable(s.content(), len) ? item("CONTENT", s.content(), false, s.id() + ".content") : null;
            Integer from = cue != null ? cue : contentId;
            if (from == null) {
                continue;
            }
            Entity who = a.doc().entity(s.speaker());
            if (who != null) {
                relation(from, mentionIds.get(Exports.nearestMention(who, s.cue())), "source");
            }
            if (contentId != null && !contentId.equals(from)) {
                relation(from, contentId, "content");
            }
            for (String cid : s.claimIds()) {
                relation(from, ids.get(cid), "content");
            }
            relation(from, ids.get(s.via()), "via");
        }
        if (a.doc().extras().get(JsonlExporter.RELATIONS_KEY) instanceof JsonArray kept) {
            for (JsonElement el : kept) {
                JsonObject r = el.getAsJsonObject();
                relation(ids.get(Json.str(r, "from")), ids.get(Json.str(r, "to")), Json.str(r, "type"));
            }
        }
    }

    List<Item> items() {
        return items;
    }

    List<Relation> relations() {
        return relations;
    }

    /** Exported claims and sources, in export order. */
    List<Claim> claims() {
        return claims;
    }

    List<Source> sources() {
        return sources;
    }

    /** The item id standing for an entity (its first mention), claim or source (its cue); null when none. */
    Integer id(String annotationId) {
        return ids.get(annotationId);
    }

    /** Where a span in pieces was cut to its first piece (doccano spans have no gaps; decision 0833). */
    List<String> degraded() {
        return degraded;
    }

    private int item(String label, Span s, boolean mention, String where) {
        int id = items.size() + 1;
        Span first = s.fragments().get(0);
        if (s.isMultiFragment()) {
            degraded.add(where + ": span in " + s.fragmentCount() + " pieces exported as its first piece \""
                    + first.exact() + "\" (doccano spans have no gaps)");
        }
        items.add(new Item(id, label, first.start(), first.end(), mention));
        return id;
    }

    private void relation(Integer from, Integer to, String type) {
        if (from != null && to != null && type != null) {
            relations.add(new Relation(relations.size() + 1, from, to, type));
        }
    }
}
