package org.tandai.model;

/**
 * Changes where one reference points, the counterpart of {@link Annotation#removeReference}: what
 * merging two entities and renumbering an id in a merge both need. The field is set through the
 * visitor, by the reference's field name, so a new kind is a compile error here.
 */
public final class References {
    private References() {
    }

    /**
     * Points {@code ref} (one of {@code a.references()}) at {@code target}, in place. A list field
     * (a source's claims) changes at the reference's index, so a caller that may create duplicates
     * removes them after changing every reference. Returns false for a field this method does not
     * know, which the caller reports rather than skips.
     */
    public static boolean pointAt(Annotation a, Reference ref, String target) {
        return a.accept(new Annotation.Visitor<Boolean>() {
            @Override
            public Boolean entity(Entity e) {
                return false;
            }

            @Override
            public Boolean claim(Claim c) {
                if (!ref.field().equals("claimant")) {
                    return false;
                }
                c.setClaimant(target);
                return true;
            }

            @Override
            public Boolean source(Source s) {
                switch (ref.field()) {
                    case "speaker" -> s.setSpeaker(target);
                    case "via" -> s.setVia(target);
                    case "claims" -> s.claimIds().set(ref.index(), target);
                    default -> {
                        return false;
                    }
                }
                return true;
            }

            @Override
            public Boolean relation(Relation r) {
                switch (ref.field()) {
                    case "from" -> r.setFrom(target);
                    case "to" -> r.setTo(target);
                    default -> {
                        return false;
                    }
                }
                return true;
            }
        });
    }
}
