package org.tandai.ui.claims;

import java.util.Objects;
import java.util.function.Consumer;
import javafx.collections.ObservableList;
import org.tandai.model.Claim;
import org.tandai.ui.common.AnnotationList;
import org.tandai.ui.common.AnnotationSelection;
import org.tandai.ui.common.DocumentSession;
import org.tandai.ui.common.Edits;

/** The claims panel: the claim list and the edits made in its table and form, each one undoable. */
public final class ClaimsViewModel {
    private final AnnotationList<Claim> list = new AnnotationList<>(Claim.class);
    private final AnnotationSelection selection;

    private final org.tandai.i18n.Messages messages;

    public ClaimsViewModel(AnnotationSelection selection, org.tandai.i18n.Messages messages) {
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

    public ObservableList<Claim> claims() {
        return list.items();
    }

    public AnnotationSelection selection() {
        return selection;
    }

    /** A non-blank statement is required; blank input is refused (the form shows why). */
    public boolean setStatement(String id, String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return edit(id, messages.get("claims.edit.statement"), c -> c.statement(), value.strip(), (c, v) -> c.setStatement(v));
    }

    public boolean setVerdict(String id, String verdict) {
        return edit(id, messages.get("claims.edit.verdict"), Claim::verdict, verdict, Claim::setVerdict);
    }

    public boolean setCheckWorthiness(String id, String value) {
        return edit(id, messages.get("claims.edit.worth"), Claim::checkWorthiness, value, Claim::setCheckWorthiness);
    }

    public boolean setKind(String id, String value) {
        return edit(id, messages.get("claims.edit.kind"), Claim::claimKind, value, Claim::setClaimKind);
    }

    public boolean setClaimant(String id, String entityId) {
        return edit(id, messages.get("claims.edit.claimant"), Claim::claimant, entityId, Claim::setClaimant);
    }

    public boolean setNote(String id, String value) {
        return edit(id, messages.get("claims.edit.note"), Claim::note, value == null || value.isBlank() ? null : value, Claim::setNote);
    }

    public void delete(String id) {
        if (list.session() != null) {
            new Edits(list.session()).delete(id);
        }
    }

    private boolean edit(String id, String what, java.util.function.Function<Claim, String> get, String value,
                         java.util.function.BiConsumer<Claim, String> set) {
        DocumentSession s = list.session();
        Claim c = s == null ? null : s.claim(id);
        if (c == null || Objects.equals(get.apply(c), value)) {
            return false;
        }
        Consumer<Claim> edit = x -> set.accept(x, value);
        return new Edits(s).update(id, what, Claim.class, edit);
    }
}
