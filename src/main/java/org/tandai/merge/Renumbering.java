package org.tandai.merge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tandai.model.AnnotatedDocument;
import org.tandai.model.Annotation;
import org.tandai.model.Kind;
import org.tandai.model.Reference;
import org.tandai.model.References;
import org.tandai.store.SidecarFormat;

/**
 * Gives theirs' annotations new ids where both sides created the same id with different content
 * (decision 0933), and points every reference in theirs at the new id. References are found through
 * the one walk ({@link Annotation#references()}) and changed by {@link References#pointAt}; a check afterwards makes a new reference field that this class does not
 * change an error instead of a silently wrong merge.
 */
final class Renumbering {
    private Renumbering() {
    }

    /**
     * Renumbers the annotations {@code clashing} of {@code theirs} in place and returns old id to new
     * id, in natural id order. A new id is the next number free in all three documents, at or above
     * every document's counter for the kind, so it was never handed out on either side.
     */
    static Map<String, String> apply(List<String> clashing, AnnotatedDocument base, AnnotatedDocument ours,
                                     AnnotatedDocument theirs, Set<String> usedIds) {
        List<String> order = new ArrayList<>(clashing);
        order.sort(SidecarFormat::compareIds);
        Map<String, String> renamed = new LinkedHashMap<>();
        for (String old : order) {
            Kind kind = Kind.ofId(old);
            int n = Math.max(base.nextIdNumber(kind), Math.max(ours.nextIdNumber(kind), theirs.nextIdNumber(kind)));
            while (usedIds.contains(kind.prefix() + n)) {
                n++;
            }
            String fresh = kind.prefix() + n;
            usedIds.add(fresh);
            ours.reserveIdNumber(kind, n);
            theirs.reserveIdNumber(kind, n);
            renamed.put(old, fresh);
        }
        if (renamed.isEmpty()) {
            return renamed;
        }
        for (Annotation a : theirs.all()) {
            String fresh = renamed.get(a.id());
            if (fresh != null) {
                a.setId(fresh);
            }
            for (Reference ref : a.references()) {
                String target = renamed.get(ref.target());
                if (target != null) {
                    References.pointAt(a, ref, target); // a field it does not know is caught by the check below
                }
            }
        }
        for (Annotation a : theirs.all()) {
            for (Reference ref : a.references()) {
                if (renamed.containsKey(ref.target())) {
                    throw new IllegalStateException(a.id() + "." + ref.location() + " still points at the renumbered "
                            + ref.target() + ": the merge does not know how to change that field");
                }
            }
        }
        return renamed;
    }
}
