package org.tandai.store;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tandai.model.Annotation;
import org.tandai.model.Kind;
import org.tandai.model.Relation;
import org.tandai.model.Span;
import org.tandai.model.SpanRef;
import org.tandai.model.TagSet;

/**
 * The {@link Validator}'s checks of model v2: fragments of spans in pieces, relations against
 * their tag-set type, and attribute values against the tag set's declarations. Every problem is
 * located by id, field, fragment index or attribute name.
 */
final class ModelChecks {
    private ModelChecks() {
    }

    /**
     * The first order problem among placed fragments, as "fragments[i] MESSAGE" with the indexes
     * of the span (not of the list), or null.
     */
    static String orderProblem(List<Span> placed, List<Integer> indexOf) {
        for (int k = 0; k < placed.size(); k++) {
            Span f = placed.get(k);
            String at = "fragments[" + indexOf.get(k) + "]";
            if (f.start() >= f.end()) {
                return at + " empty fragment at " + f.start();
            }
            if (k > 0) {
                Span prev = placed.get(k - 1);
                if (f.start() < prev.end()) {
                    return at + " fragment " + f.start() + ".." + f.end() + " "
                            + (f.start() < prev.start() ? "is before" : "overlaps") + " fragments[" + indexOf.get(k - 1)
                            + "] " + prev.start() + ".." + prev.end()
                            + ": the fragments of a span must be in text order and must not overlap";
                }
            }
        }
        return null;
    }

    /** A relation's type must be in the tag set, its ends must exist, differ and be kinds the type allows. */
    static void relation(String file, TagSet tags, Relation r, Map<String, Annotation> byId, List<Problem> problems) {
        TagSet.RelationType type = r.type() == null ? null : tags.relationType(r.type());
        if (r.type() == null || r.type().isBlank()) {
            problems.add(Problem.error(file, r.id() + ".type", "a relation needs a type"));
        } else if (type == null) {
            problems.add(Problem.error(file, r.id() + ".type", "relation type \"" + r.type() + "\" is not in the tag set"));
        }
        if (r.from() != null && r.from().equals(r.to())) {
            problems.add(Problem.error(file, r.id() + ".to", "a relation cannot go from " + r.from() + " to itself"));
        }
        if (type == null) {
            return;
        }
        end(file, r, "from", r.from(), type.from(), type, byId, problems);
        end(file, r, "to", r.to(), type.to(), type, byId, problems);
    }

    private static void end(String file, Relation r, String field, String id, Set<Kind> allowed,
                            TagSet.RelationType type, Map<String, Annotation> byId, List<Problem> problems) {
        Annotation target = id == null ? null : byId.get(id);
        if (target != null && !allowed.contains(target.kind())) {
            problems.add(Problem.error(file, r.id() + "." + field, id + " is " + article(target.kind().key()) + "; \""
                    + type.name() + "\" goes from " + kinds(type.from()) + " to " + kinds(type.to())));
        }
    }

    private static String kinds(Set<Kind> kinds) {
        return kinds.isEmpty() ? "nothing" : String.join(" or ", kinds.stream().map(Kind::key).toList());
    }

    private static String article(String word) {
        return ("aeiou".indexOf(word.charAt(0)) >= 0 ? "an " : "a ") + word;
    }

    /**
     * Attribute values on the annotation (declared for its kind) and on each of its spans
     * (declared for {@link TagSet#MENTION}): a name the tag set does not declare there, or a
     * value of the wrong type or not in the choice list, is an error.
     */
    static void attributes(String file, TagSet tags, Annotation a, List<Problem> problems) {
        check(file, tags, a.kind().key(), a.kind().plural(), a.id(), a.attributes(), problems);
        for (SpanRef ref : a.spans()) {
            if (ref.span() != null) {
                check(file, tags, TagSet.MENTION, "mentions", a.id() + "." + ref.location(), ref.span().attributes(), problems);
            }
        }
    }

    private static void check(String file, TagSet tags, String target, String what, String loc,
                              Map<String, Object> values, List<Problem> problems) {
        for (Map.Entry<String, Object> v : values.entrySet()) {
            String at = loc + ".attributes." + v.getKey();
            TagSet.Attribute declared = tags.attribute(target, v.getKey());
            if (declared == null) {
                problems.add(Problem.error(file, at, "attribute \"" + v.getKey() + "\" is not declared for " + what
                        + " in the tag set"));
                continue;
            }
            String wrong = declared.problemWith(v.getValue());
            if (wrong != null) {
                problems.add(Problem.error(file, at, "value " + show(v.getValue()) + " " + wrong));
            }
        }
    }

    private static String show(Object value) {
        return value instanceof String s ? "\"" + Validator.shorten(s) + "\"" : String.valueOf(value);
    }
}
