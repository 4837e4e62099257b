package org.tandai.ui.curate;

import org.tandai.curation.Unit;
import org.tandai.curation.Version;

/** One row of the Curate list: a unit and, once resolved, the curated layer's version of it. */
public record CurateRow(Unit unit, Version curated, org.tandai.i18n.Messages messages) {
    public boolean resolved() {
        return curated != null;
    }

    /** "agreed", "disagreement", "incomplete", or "resolved (disagreement)". */
    public String stateText() {
        String state = messages.get("curate.state." + unit.state().label());
        return resolved() ? messages.get("curate.resolved", state) : state;
    }

    /** The style class of the row: {@code curate-resolved} or the state's. */
    public String styleClass() {
        return resolved() ? "curate-resolved" : "curate-" + unit.state().name().toLowerCase(java.util.Locale.ROOT);
    }

    /** "ani, budi" or "ani (not budi)". */
    public String annotators() {
        String have = String.join(", ", unit.versions().keySet());
        return unit.missing().isEmpty() ? have : messages.get("curate.missing", have, String.join(", ", unit.missing()));
    }
}
