package org.tandai.ui.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import org.tandai.model.Annotation;
import org.tandai.model.Claim;
import org.tandai.model.Entity;
import org.tandai.model.Kind;
import org.tandai.model.Relation;
import org.tandai.model.Source;
import org.tandai.model.Status;
import org.tandai.model.TagSet;
import org.tandai.ui.common.AnnotationList;
import org.tandai.ui.common.AnnotationSelection;
import org.tandai.ui.common.Describe;
import org.tandai.ui.common.DialogService;
import org.tandai.ui.common.DocumentSession;
import org.tandai.ui.common.Edits;

/**
 * The relations panel and the keyboard way of making a relation (decision 0850): R marks the
 * selected annotation as the relation's from end, T offers the relation types the tag set allows
 * from that end's kind to the selected annotation's kind and makes the chosen one. Every edit is
 * undoable.
 */
public final class RelationsViewModel {
    private final AnnotationList<Relation> list = new AnnotationList<>(Relation.class);
    private final AnnotationSelection selection;
    private final DialogService dialogs;
    private final Consumer<String> status;
    /** The id of the annotation marked as the next relation's from end, or null. */
    private final ReadOnlyStringWrapper start = new ReadOnlyStringWrapper();
    private final Consumer<List<org.tandai.ui.common.Change>> endsListener = this::endsMayHaveChanged;
    private Runnable endsChanged = () -> { };

    private final org.tandai.i18n.Messages messages;

    public RelationsViewModel(AnnotationSelection selection, DialogService dialogs, Consumer<String> status,
                              org.tandai.i18n.Messages messages) {
        this.messages = messages;
        this.selection = selection;
        this.dialogs = dialogs;
        this.status = status;
    }

    public org.tandai.i18n.Messages messages() {
        return messages;
    }

    public void setSession(DocumentSession s) {
        if (list.session() != null) {
            list.session().removeListener(endsListener);
        }
        list.setSession(s);
        start.set(null);
        if (s != null) {
            s.addListener(endsListener);
        }
    }

    /** Runs {@code r} when an annotation other than a relation changes while relations are listed (their ends' descriptions). */
    public void onEndsChanged(Runnable r) {
        endsChanged = r;
    }

    private void endsMayHaveChanged(List<org.tandai.ui.common.Change> changes) {
        if (!list.items().isEmpty() && changes.stream().anyMatch(c -> !(c.after() instanceof Relation) && !(c.before() instanceof Relation))) {
            endsChanged.run();
        }
    }

    public DocumentSession session() {
        return list.session();
    }

    public ObservableList<Relation> relations() {
        return list.items();
    }

    public AnnotationSelection selection() {
        return selection;
    }

    /** The id of the pending from end (R pressed, T not yet), or null. */
    public ReadOnlyStringProperty startProperty() {
        return start.getReadOnlyProperty();
    }

    private DocumentSession editable() {
        DocumentSession s = list.session();
        if (s != null && s.readOnly()) {
            status.accept(messages.get("conflicts.readOnly", s.readOnlyReason()));
            return null;
        }
        return s;
    }

    /** R: the selected annotation becomes the from end of the next relation. */
    public void startFromSelection() {
        DocumentSession s = editable();
        Annotation a = s == null ? null : s.find(selection.id());
        if (a == null) {
            status.accept(messages.get("relations.selectFirst"));
            return;
        }
        start.set(a.id());
        status.accept(messages.get("relations.started", end(s, a.id())));
    }

    /**
     * T: a relation from the marked start to the selected annotation, of a type the tag set allows
     * for their kinds (asked when there is a choice of types). Returns the new relation's id, or
     * null when none was made (the status line, or a notice, says why).
     */
    public String relateToStart() {
        DocumentSession s = editable();
        if (s == null) {
            return null;
        }
        Annotation from = s.find(start.get());
        if (from == null) {
            start.set(null);
            status.accept(messages.get("relations.noStart"));
            return null;
        }
        Annotation to = s.find(selection.id());
        if (to == null || to == from) {
            status.accept(messages.get("relations.selectOtherEnd", from.id()));
            return null;
        }
        List<TagSet.RelationType> types = s.tags().relationTypesFor(from.kind(), to.kind());
        if (types.isEmpty()) {
            String msg = messages.get("relations.noType", messages.get("relations.kind." + from.kind().key()),
                    messages.get("relations.kind." + to.kind().key()), from.id(), to.id(), allowed(s.tags()));
            status.accept(msg);
            dialogs.notify(msg);
            return null;
        }
        Optional<Integer> pick = dialogs.choose(messages.get("relations.new.title"),
                messages.get("relations.new.question", end(s, from.id()), end(s, to.id())), types.stream().map(TagSet.RelationType::label).toList());
        if (pick.isEmpty()) {
            status.accept(messages.get("relations.notMade", from.id()));
            return null;
        }
        TagSet.RelationType type = types.get(pick.get());
        String id = new Edits(s).newRelation(type.name(), from.id(), to.id());
        if (id != null) {
            start.set(null);
            status.accept(messages.get("relations.made", id, from.id() + " " + type.label().toLowerCase(Locale.ROOT) + " "
                    + to.id()));
        }
        return id;
    }

    /** "Supports (claim → claim), Part of (entity → entity)", or "no relation types". */
    String allowed(TagSet tags) {
        List<String> out = new ArrayList<>();
        for (TagSet.RelationType t : tags.relationTypes()) {
            out.add(t.label() + " (" + kinds(t.from()) + " \u2192 " + kinds(t.to()) + ")");
        }
        return out.isEmpty() ? messages.get("relations.noTypes") : String.join(", ", out);
    }

    private static String kinds(java.util.Set<Kind> ks) {
        return String.join("/", ks.stream().map(Kind::key).toList());
    }


    /** The type names a relation may take for its ends' kinds; its own type first when it is not one of them. */
    public List<String> allowedTypes(Relation r) {
        DocumentSession s = list.session();
        List<String> names = new ArrayList<>();
        Annotation from = s == null ? null : s.find(r.from());
        Annotation to = s == null ? null : s.find(r.to());
        if (from != null && to != null) {
            s.tags().relationTypesFor(from.kind(), to.kind()).forEach(t -> names.add(t.name()));
        }
        if (!names.contains(r.type())) {
            names.add(0, r.type());
        }
        return names;
    }

    /** Changes the type, only to one the tag set allows for the relation's ends. */
    public boolean setType(String id, String type) {
        Relation r = relation(id);
        if (r == null || type == null || type.equals(r.type()) || !allowedTypes(r).contains(type)
                || list.session().tags().relationType(type) == null) {
            return false;
        }
        return new Edits(list.session()).update(id, messages.get("relations.edit.type", type), Relation.class, x -> x.setType(type));
    }

    public boolean setNote(String id, String value) {
        Relation r = relation(id);
        String v = value == null || value.isBlank() ? null : value.strip();
        if (r == null || Objects.equals(r.note(), v)) {
            return false;
        }
        return new Edits(list.session()).update(id, messages.get("relations.edit.note"), Relation.class, x -> x.setNote(v));
    }

    public boolean setStatus(String id, Status value) {
        Relation r = relation(id);
        if (r == null || value == null || value == r.status()) {
            return false;
        }
        return new Edits(list.session()).update(id, messages.get("relations.edit.status", value.key()), Relation.class, x -> x.setStatus(value));
    }

    /** True when the relation reads differently the other way and its type allows the swapped kinds. */
    public boolean canSwap(Relation r) {
        DocumentSession s = list.session();
        TagSet.RelationType t = s == null || r == null ? null : s.tags().relationType(r.type());
        Annotation from = t == null ? null : s.find(r.from());
        Annotation to = t == null ? null : s.find(r.to());
        return from != null && to != null && !t.symmetric() && t.allows(to.kind(), from.kind());
    }

    /** Swaps the from and to ends of a non-symmetric relation. */
    public boolean swap(String id) {
        Relation r = relation(id);
        if (!canSwap(r)) {
            return false;
        }
        return new Edits(list.session()).update(id, messages.get("relations.edit.swap", id), Relation.class, x -> {
            x.setFrom(r.to());
            x.setTo(r.from());
        });
    }

    public boolean delete(String id) {
        return relation(id) != null && new Edits(list.session()).delete(id);
    }

    private Relation relation(String id) {
        DocumentSession s = editable();
        return s == null || id == null || !(s.find(id) instanceof Relation r) ? null : r;
    }

    /** A relation type's label ("Supports"); an unknown type is named as such. */
    public static String typeLabel(org.tandai.i18n.Messages messages, TagSet tags, String type) {
        TagSet.RelationType t = tags.relationType(type);
        return t != null ? t.label() : messages.get("relations.unknownType", type);
    }

    /** One end in a cell or link: "c3 · Harga beras naik …", "e2 · Budi Santoso", "s1 · source of Budi". */
    public static String end(DocumentSession s, String id) {
        Annotation a = s.find(id);
        if (a == null) {
            return s.messages().get("describe.missing", id);
        }
        return id + " \u00b7 " + a.accept(new Annotation.Visitor<String>() {
            @Override
            public String entity(Entity e) {
                return e.name();
            }

            @Override
            public String claim(Claim c) {
                return Describe.shorten(c.statement(), 48);
            }

            @Override
            public String source(Source src) {
                return s.messages().get("relations.sourceOf", Describe.speaker(s, src));
            }

            @Override
            public String relation(Relation r) {
                return r.from() + " " + r.type() + " " + r.to();
            }
        });
    }
}
