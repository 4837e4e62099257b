package org.tandai.ui.sources;

import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.collections.ObservableList;
import org.tandai.model.Source;
import org.tandai.ui.common.AnnotationList;
import org.tandai.ui.common.AnnotationSelection;
import org.tandai.ui.common.DocumentSession;
import org.tandai.ui.common.Edits;

/** The sources panel: the attribution list and the edits made in its table and form. */
public final class SourcesViewModel {
    private final AnnotationList<Source> list = new AnnotationList<>(Source.class);
    private final AnnotationSelection selection;

    private final org.tandai.i18n.Messages messages;

    public SourcesViewModel(AnnotationSelection selection, org.tandai.i18n.Messages messages) {
        this.selection = selection;
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

    public ObservableList<Source> sources() {
        return list.items();
    }

    public AnnotationSelection selection() {
        return selection;
    }

    public boolean setSpeaker(String id, String entityId) {
        return edit(id, messages.get("sources.edit.speaker"), Source::speaker, entityId, Source::setSpeaker);
    }

    public boolean setDescription(String id, String value) {
        return edit(id, messages.get("sources.edit.description"), Source::speakerDescription, blankToNull(value), Source::setSpeakerDescription);
    }

    public boolean setForm(String id, String form) {
        return edit(id, messages.get("sources.edit.form"), Source::form, form, Source::setForm);
    }

    /** Sets the source this one was relayed through; refuses itself and cycles. */
    public boolean setVia(String id, String via) {
        DocumentSession s = list.session();
        if (s == null) {
            return false;
        }
        for (String v = via; v != null; ) {
            if (v.equals(id)) {
                return false;
            }
            Source next = s.source(v);
            v = next == null ? null : next.via();
        }
        return edit(id, messages.get("sources.edit.via"), Source::via, via, Source::setVia);
    }

    public boolean setNote(String id, String value) {
        return edit(id, messages.get("sources.edit.note"), Source::note, blankToNull(value), Source::setNote);
    }

    public boolean setClaims(String id, List<String> claimIds) {
        DocumentSession s = list.session();
        Source src = s == null ? null : s.source(id);
        if (src == null || src.claimIds().equals(claimIds)) {
            return false;
        }
        return new Edits(s).update(id, messages.get("sources.edit.claims"), Source.class, x -> {
            x.claimIds().clear();
            x.claimIds().addAll(claimIds);
        });
    }

    public void delete(String id) {
        if (list.session() != null) {
            new Edits(list.session()).delete(id);
        }
    }

    private boolean edit(String id, String what, Function<Source, String> get, String value, BiConsumer<Source, String> set) {
        DocumentSession s = list.session();
        Source src = s == null ? null : s.source(id);
        if (src == null || Objects.equals(get.apply(src), value)) {
            return false;
        }
        return new Edits(s).update(id, what, Source.class, x -> set.accept(x, value));
    }

    private static String blankToNull(String v) {
        return v == null || v.isBlank() ? null : v.strip();
    }
}
