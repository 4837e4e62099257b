package org.tandai.ui.relations;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.tandai.model.Annotation;
import org.tandai.model.Entity;
import org.tandai.model.Relation;
import org.tandai.model.Span;
import org.tandai.model.TagSet;
import org.tandai.ui.common.AnnotationSelection;
import org.tandai.ui.common.AttributesForm;
import org.tandai.ui.common.Change;
import org.tandai.ui.common.DocumentSession;
import org.tandai.ui.common.AttributeEdits;

/**
 * The part of an entity's, claim's or source's detail form that issue 10 adds: the attributes the
 * tag set declares for its kind, for an entity also those of its selected mention, and the
 * relations it takes part in ("supports c3 · …", "c5 contradicts this"), each a link to the other
 * end. A form embeds it with one line and calls {@link #show} when it shows another record.
 */
public final class AnnotationExtras extends VBox {
    private final AnnotationSelection selection;
    private final AttributesForm attributes;
    private final AttributesForm mention;
    private final Label linksHeading;
    private final org.tandai.i18n.Messages messages;
    private final VBox links = new VBox(1);
    private final Consumer<List<Change>> listener = this::changed;
    private DocumentSession session;
    private Annotation shown;
    private Span shownMention;

    /** For the detail form of {@code kindKey} ("entity", "claim", "source"). */
    public AnnotationExtras(String kindKey, AnnotationSelection selection, org.tandai.i18n.Messages messages) {
        this.selection = selection;
        this.messages = messages;
        attributes = new AttributesForm(kindKey, messages.get("attributes.heading"), messages);
        mention = new AttributesForm(TagSet.MENTION, messages.get("attributes.mention"), messages);
        linksHeading = new Label(messages.get("extras.relations"));
        getStyleClass().add("annotation-extras");
        setId(kindKey + "-extras");
        setSpacing(4);
        linksHeading.getStyleClass().add("form-label");
        links.setId(kindKey + "-relations");
        getChildren().addAll(attributes, mention, linksHeading, links);
        show(null, null);
    }

    /** Shows the attributes and relations of {@code a} (null: nothing) in document {@code s}. */
    public void show(DocumentSession s, Annotation a) {
        if (s != session) {
            if (session != null) {
                session.removeListener(listener);
            }
            session = s;
            if (s != null) {
                s.addListener(listener);
            }
        }
        shown = s == null ? null : a;
        boolean editable = s != null && !s.readOnly();
        String id = a == null ? null : a.id();
        attributes.show(s == null ? null : s.tags(), shown == null ? null : shown.attributes(), editable, (n, v) -> {
            if (session == s) {
                new AttributeEdits(s).setAttribute(id, n, v);
            }
        });
        showMention(shown instanceof Entity e && e.mentions().contains(shownMention) ? shownMention : null);
        refreshLinks();
    }

    /** For an entity's form: shows the attributes of its selected mention (null: none selected). */
    public void showMention(Span m) {
        DocumentSession s = session;
        Entity e = shown instanceof Entity x && m != null && x.mentions().contains(m) ? x : null;
        shownMention = e == null ? null : m;
        mention.show(e == null ? null : s.tags(), e == null ? null : m.attributes(), s != null && !s.readOnly(), (n, v) -> {
            if (session == s) {
                Span now = new AttributeEdits(s).setMentionAttribute(e.id(), m, n, v);
                if (now != null) {
                    selection.select(e.id(), now);
                }
            }
        });
    }

    private void changed(List<Change> changes) {
        if (shown == null) {
            return;
        }
        for (Change c : changes) {
            Annotation any = c.after() != null ? c.after() : c.before();
            if (any instanceof Relation || links.getChildren().stream().anyMatch(n -> c.id().equals(n.getUserData()))) {
                refreshLinks();
                return;
            }
        }
    }

    private void refreshLinks() {
        links.getChildren().clear();
        boolean any = false;
        if (shown != null) {
            String me = shown.id();
            for (Relation r : session.document().relations()) {
                boolean out = me.equals(r.from());
                if (!out && !me.equals(r.to())) {
                    continue;
                }
                links.getChildren().add(link(r, out));
                any = true;
            }
        }
        linksHeading.setText(messages.get(any ? "extras.relations" : "extras.relations.none"));
        linksHeading.setVisible(shown != null);
        linksHeading.setManaged(shown != null);
    }

    /** "supports c3 · …" for a relation going out, "c5 · … contradicts this" for one coming in. */
    private Hyperlink link(Relation r, boolean out) {
        String other = out ? r.to() : r.from();
        String type = RelationsViewModel.typeLabel(messages, session.tags(), r.type()).toLowerCase(Locale.ROOT);
        String end = RelationsViewModel.end(session, other);
        Hyperlink h = new Hyperlink(messages.get(out ? "extras.link.out" : "extras.link.in", type, end));
        h.setId("relation-link-" + r.id());
        h.setUserData(other);
        h.setTooltip(new Tooltip(messages.get("extras.link.tooltip", r.id() + ": " + r.from() + " " + r.type() + " " + r.to(), other)));
        h.setOnAction(e -> selection.select(other, null));
        return h;
    }

    /** The relation links shown, for tests: their texts in document order. */
    public List<String> linkTexts() {
        return links.getChildren().stream().map(n -> ((Hyperlink) n).getText()).toList();
    }
}
