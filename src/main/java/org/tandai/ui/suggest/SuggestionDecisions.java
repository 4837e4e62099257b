package org.tandai.ui.suggest;

import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tandai.model.Annotation;
import org.tandai.model.Entity;
import org.tandai.model.Kind;
import org.tandai.model.Source;
import org.tandai.model.Span;
import org.tandai.model.Status;
import org.tandai.suggest.Suggestions;
import org.tandai.ui.common.Change;
import org.tandai.ui.common.DocumentSession;
import org.tandai.ui.common.SourceDraft;

/**
 * The changes that accept or reject suggestions, applied by the caller as one undoable step
 * (decision 1010). JavaFX-free, so it is tested without a toolkit.
 * <ul>
 * <li>Accepting a suggestion held in the window adds it with a fresh id, status accepted, the
 * annotator as {@code createdBy}/{@code updatedBy} and its confidence. A suggested mention joins
 * the entity named in its {@code joins}, else an accepted entity of the same name and type, else
 * one made earlier in the same step; only then is a new entity made.</li>
 * <li>A source's {@code via} to another suggestion becomes that one's id when it was accepted
 * ({@code idsByKey}); otherwise it is left empty.</li>
 * <li>An attribution corrected in the Source form is accepted as corrected, in the same one step.</li>
 * <li>Rejecting adds the suggestion with status rejected, so the engine never proposes it again.</li>
 * <li>A suggestion already in the sidecar only changes its status.</li>
 * </ul>
 */
final class SuggestionDecisions {
    private final DocumentSession s;
    /** Entities changed in this step by id: {before, after}; new ones have before == null. */
    private final Map<String, Annotation[]> edited = new LinkedHashMap<>();
    private final Map<String, String> idsByKey;

    SuggestionDecisions(DocumentSession s, Map<String, String> idsByKey) {
        this.s = s;
        this.idsByKey = idsByKey;
    }

    /** Adds the acceptance of one suggestion to this step; returns the accepted annotation's id. */
    String accept(Pending p) {
        return decide(p, Status.ACCEPTED);
    }

    /**
     * Adds the acceptance of a suggested attribution as the Source form corrected it: its cue,
     * speaker (an entity, a new one by name, or a description), claims, content, form and via.
     */
    String acceptCorrected(Pending p, SourceDraft d) {
        Source src = (Source) (p.inDocument() ? current(p.docId()) : p.annotation()).copy();
        String speaker = d.speakerId();
        if (speaker == null && d.newSpeakerName() != null && !d.newSpeakerName().isBlank()) {
            Entity e = new Entity(s.newId(Kind.ENTITY), d.newSpeakerName().strip(), d.newSpeakerType());
            put(e.id(), s.stamp(e));
            speaker = e.id();
        }
        src.setCue(d.cue());
        src.setSpeaker(speaker);
        src.setSpeakerDescription(d.speakerDescription() == null || d.speakerDescription().isBlank() ? null
                : d.speakerDescription().strip());
        src.claimIds().clear();
        src.claimIds().addAll(d.claimIds());
        src.setContent(d.content());
        src.setForm(d.form());
        src.setVia(d.via());
        src.setStatus(Status.ACCEPTED);
        String id = p.inDocument() ? p.docId() : s.newId(Kind.SOURCE);
        if (!p.inDocument()) {
            src.extras().remove(Suggestions.JOINS);
            src.setId(id);
            src.extras().put(Suggestions.CONFIDENCE, new JsonPrimitive(Math.round(p.suggestion().confidence() * 100) / 100.0));
        }
        put(id, s.stamp(src));
        idsByKey.put(p.suggestion().key(), id);
        return id;
    }

    /** Adds the rejection of one suggestion to this step. */
    String reject(Pending p) {
        return decide(p, Status.REJECTED);
    }

    /** The step's changes, in the order they were decided. */
    List<Change> changes() {
        List<Change> out = new ArrayList<>();
        for (Annotation[] pair : edited.values()) {
            out.add(pair[0] == null ? Change.add(pair[1]) : Change.replace(pair[0], pair[1]));
        }
        return out;
    }

    private String decide(Pending p, Status status) {
        if (p.inDocument()) {
            Annotation after = current(p.docId()).copy();
            after.setStatus(status);
            put(p.docId(), s.stamp(after));
            return p.docId();
        }
        Annotation a = p.annotation().copy();
        if (status == Status.ACCEPTED && a instanceof Entity e) {
            String into = joinTarget(e);
            if (into != null) {
                Entity target = (Entity) current(into).copy();
                Span m = e.mentions().get(0);
                if (!target.mentions().contains(m)) {
                    target.mentions().add(m);
                }
                put(into, s.stamp(target));
                idsByKey.put(p.suggestion().key(), into);
                return into;
            }
        }
        a.extras().remove(Suggestions.JOINS);
        a.setId(s.newId(a.kind()));
        a.setStatus(status);
        a.extras().put(Suggestions.CONFIDENCE, new JsonPrimitive(Math.round(p.suggestion().confidence() * 100) / 100.0));
        if (a instanceof Source src) {
            String via = p.suggestion().viaKey() == null ? null : idsByKey.get(p.suggestion().viaKey());
            src.setVia(via != null && (s.find(via) != null || edited.containsKey(via)) ? via : null);
        }
        put(a.id(), s.stamp(a));
        if (status == Status.ACCEPTED) {
            idsByKey.put(p.suggestion().key(), a.id());
        }
        return a.id();
    }

    /** The accepted entity a suggested mention belongs to, or null for a new one. */
    private String joinTarget(Entity e) {
        Object joins = e.extras().get(Suggestions.JOINS);
        String id = joins instanceof JsonPrimitive j ? j.getAsString() : joins instanceof String str ? str : null;
        if (id != null && current(id) instanceof Entity t && t.status() == Status.ACCEPTED) {
            return id;
        }
        for (Annotation[] pair : edited.values()) {
            if (sameEntity(pair[1], e)) {
                return pair[1].id();
            }
        }
        for (Annotation a : s.document().all()) {
            if (sameEntity(a, e) && !edited.containsKey(a.id())) {
                return a.id();
            }
        }
        return null;
    }

    private static boolean sameEntity(Annotation a, Entity e) {
        return a instanceof Entity o && a.kind() == Kind.ENTITY && o.status() == Status.ACCEPTED
                && o.type().equals(e.type()) && o.name().equals(e.name());
    }

    /** The annotation as this step has it so far. */
    private Annotation current(String id) {
        Annotation[] pair = edited.get(id);
        return pair != null ? pair[1] : s.find(id);
    }

    private void put(String id, Annotation after) {
        Annotation[] pair = edited.get(id);
        if (pair != null) {
            pair[1] = after;
        } else {
            edited.put(id, new Annotation[] {s.find(id), after});
        }
    }
}
