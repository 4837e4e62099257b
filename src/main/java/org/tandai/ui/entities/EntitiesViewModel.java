package org.tandai.ui.entities;

import java.util.List;
import java.util.Optional;
import javafx.collections.ObservableList;
import org.tandai.model.Entity;
import org.tandai.ui.common.AnnotationList;
import org.tandai.ui.common.AnnotationSelection;
import org.tandai.ui.common.DialogService;
import org.tandai.ui.common.DocumentSession;
import org.tandai.ui.common.Edits;

/** The entities panel: the entity list and every edit made from it (rename, retype, merge, …). */
public final class EntitiesViewModel {
    private final AnnotationList<Entity> list = new AnnotationList<>(Entity.class);
    private final AnnotationSelection selection;
    private final DialogService dialogs;
    private final org.tandai.i18n.Messages messages;

    public EntitiesViewModel(AnnotationSelection selection, DialogService dialogs, org.tandai.i18n.Messages messages) {
        this.selection = selection;
        this.dialogs = dialogs;
        this.messages = messages;
    }

    public org.tandai.i18n.Messages messages() {
        return messages;
    }

    public void setSession(DocumentSession s) {
        list.setSession(s);
    }

    public DocumentSession session() {
        return list.session();
    }

    public ObservableList<Entity> entities() {
        return list.items();
    }

    public AnnotationSelection selection() {
        return selection;
    }

    private Optional<Edits> edits() {
        return Optional.ofNullable(list.session()).map(Edits::new);
    }

    public void rename(String id, String name) {
        if (name == null || name.isBlank()) {
            return;
        }
        edit(id, messages.get("entities.edit.rename", name.strip()), Entity::name, name.strip(), Entity::setName);
    }

    public void setType(String id, String type) {
        edit(id, messages.get("entities.edit.type", type), Entity::type, type, Entity::setType);
    }

    public void setExternalId(String id, String value) {
        edit(id, messages.get("entities.edit.externalId"), Entity::externalId, blankToNull(value), Entity::setExternalId);
    }

    public void setNote(String id, String value) {
        edit(id, messages.get("entities.edit.note"), Entity::note, blankToNull(value), Entity::setNote);
    }

    /** One field edit as an undoable command; nothing happens when the value is unchanged. */
    private void edit(String id, String what, java.util.function.Function<Entity, String> get, String value,
                      java.util.function.BiConsumer<Entity, String> set) {
        DocumentSession s = list.session();
        Entity e = s == null ? null : s.entity(id);
        if (e != null && !java.util.Objects.equals(get.apply(e), value)) {
            new Edits(s).update(id, what, Entity.class, x -> set.accept(x, value));
        }
    }

    /**
     * Merges two entities: the one with more mentions (the first on a tie) keeps its name and
     * receives the other's mentions and references, after the user confirms.
     */
    public boolean merge(List<String> ids) {
        DocumentSession s = list.session();
        if (s == null || ids.size() != 2) {
            dialogs.notify(messages.get("entities.merge.selectTwo"));
            return false;
        }
        Entity a = s.entity(ids.get(0));
        Entity b = s.entity(ids.get(1));
        if (a == null || b == null) {
            return false;
        }
        Entity keep = b.mentions().size() > a.mentions().size() ? b : a;
        Entity gone = keep == a ? b : a;
        Optional<Integer> answer = dialogs.choose(messages.get("entities.merge.title"),
                messages.get("entities.merge.question", gone.name(), gone.mentions().size(), keep.name(), keep.mentions().size()),
                List.of(messages.get("entities.merge.into", keep.name()), messages.get("entities.merge.into", gone.name())));
        if (answer.isEmpty()) {
            return false;
        }
        if (answer.get() == 1) {
            Entity t = keep;
            keep = gone;
            gone = t;
        }
        boolean done = new Edits(s).merge(keep.id(), gone.id());
        if (done) {
            selection.select(keep.id(), null);
        }
        return done;
    }

    public void markAllOccurrences(String id) {
        edits().ifPresent(e -> {
            int n = e.markAllOccurrences(id);
            dialogs.notify(messages.get("entities.markedMore", n));
        });
    }

    public void delete(String id) {
        edits().ifPresent(e -> e.delete(id));
    }

    private static String blankToNull(String v) {
        return v == null || v.isBlank() ? null : v.strip();
    }
}
