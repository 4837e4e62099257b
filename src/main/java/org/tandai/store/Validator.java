package org.tandai.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tandai.model.Anchor;
import org.tandai.model.AnnotatedDocument;
import org.tandai.model.Annotation;
import org.tandai.model.ArticleText;
import org.tandai.model.Claim;
import org.tandai.model.Entity;
import org.tandai.model.Kind;
import org.tandai.model.Reference;
import org.tandai.model.Relation;
import org.tandai.model.Source;
import org.tandai.model.Span;
import org.tandai.model.SpanRef;
import org.tandai.model.TagSet;

/**
 * Checks a document's annotations against its text and tag set: offsets inside the text and in
 * agreement with the quotes, references to existing ids, unique ids, labels from the tag set, no
 * cycles in via chains, and the text hash; fragments of spans in pieces, relations against their
 * types and attributes against their declarations ({@link ModelChecks}). Every problem names the
 * annotation id and the field (and the fragment index or attribute name). All annotations are
 * walked through {@link Annotation#spans()}, {@link Annotation#references()} and one visitor.
 */
public final class Validator {
    private final String file;
    private final ArticleText text;
    private final AnnotatedDocument doc;
    private final TagSet tags;
    private final List<Problem> problems = new ArrayList<>();
    /** Annotations by id, built once: looking each reference up in the lists was quadratic. */
    private final Map<String, Annotation> byId = new HashMap<>();

    private Validator(String file, ArticleText text, AnnotatedDocument doc, TagSet tags) {
        this.file = file;
        this.text = text;
        this.doc = doc;
        this.tags = tags;
    }

    /** Validates; {@code text} may be null when the article could not be read (offsets are then not checked). */
    public static List<Problem> validate(String file, ArticleText text, AnnotatedDocument doc, TagSet tags) {
        return new Validator(file, text, doc, tags).run();
    }

    private List<Problem> run() {
        if (text != null && doc.info().sha256() != null && !doc.info().sha256().equals(text.sha256())) {
            int[] drift = countDrift();
            problems.add(Problem.error(file, "document.sha256", "the article text has drifted: it changed since it "
                    + "was annotated (hash mismatch) and " + drift[0] + " of " + drift[1] + " spans no longer match "
                    + "their quote; run 'tandai reanchor' to move the spans to the new text"));
        }
        checkIds();
        for (Annotation a : doc.all()) {
            for (SpanRef ref : a.spans()) {
                checkWholeSpan(ref.span(), a.id() + "." + ref.location());
            }
            for (Reference ref : a.references()) {
                checkReference(a, ref);
            }
            ModelChecks.attributes(file, tags, a, problems);
            a.accept(kindChecks);
        }
        checkViaCycles();
        checkMentionsShareNoPlace();
        for (org.tandai.model.Conflict c : doc.conflicts()) {
            problems.add(Problem.error(file, c.location(), "unresolved merge conflict: ours " + side(c.ours())
                    + ", theirs " + side(c.theirs()) + "; resolve it in the window (Conflicts tab)"));
        }
        return problems;
    }

    /** The checks that belong to one kind; a new kind is a compile error here, never a silent skip. */
    private final Annotation.Visitor<Void> kindChecks = new Annotation.Visitor<>() {
        @Override
        public Void entity(Entity e) {
            if (e.type() != null && tags.entityType(e.type()) == null) {
                problems.add(Problem.error(file, e.id() + ".type", "type \"" + e.type() + "\" is not in the tag set"));
            }
            return null;
        }

        @Override
        public Void claim(Claim c) {
            checkLabel(c.verdict() == null || tags.verdict(c.verdict()) != null, c.id() + ".verdict", "verdict", c.verdict());
            checkLabel(c.claimKind() == null || tags.hasClaimKind(c.claimKind()), c.id() + ".kind", "claim kind", c.claimKind());
            checkLabel(c.checkWorthiness() == null || tags.hasCheckWorthiness(c.checkWorthiness()),
                    c.id() + ".checkWorthiness", "check-worthiness", c.checkWorthiness());
            return null;
        }

        @Override
        public Void source(Source s) {
            if (s.id().equals(s.via())) {
                problems.add(Problem.error(file, s.id() + ".via", "a source cannot be relayed through itself"));
            }
            checkLabel(s.form() == null || tags.hasSourceForm(s.form()), s.id() + ".form", "source form", s.form());
            if (s.speaker() == null && (s.speakerDescription() == null || s.speakerDescription().isBlank())) {
                problems.add(Problem.warning(file, s.id() + ".speaker", "no speaker entity and no description"));
            }
            if (s.cue() == null && s.content() == null && s.claimIds().isEmpty()) {
                problems.add(Problem.warning(file, s.id(), "a source with no cue and no content"));
            }
            return null;
        }

        @Override
        public Void relation(Relation r) {
            ModelChecks.relation(file, tags, r, byId, problems);
            return null;
        }
    };

    /**
     * A reference must name an existing annotation of a kind its field allows. A relation's ends
     * are checked against its type by {@link ModelChecks#relation}; here only that they exist.
     */
    private void checkReference(Annotation a, Reference ref) {
        String loc = a.id() + "." + ref.location();
        if (ref.target() == null) {
            if (a.kind() == Kind.RELATION) {
                problems.add(Problem.error(file, loc, "missing: a relation needs a " + ref.field() + " end"));
            }
            return;
        }
        Annotation target = byId.get(ref.target());
        if (target == null || !ref.allowed().contains(target.kind())) {
            String kinds = ref.allowed().size() == Kind.values().length ? "annotation"
                    : String.join(" or ", ref.allowed().stream().map(Kind::key).toList());
            problems.add(Problem.error(file, loc, "refers to " + ref.target() + ", which is not an existing " + kinds));
        }
    }

    /**
     * A span in one piece is checked as before; a span in pieces fragment by fragment (located
     * "c3.span.fragments[1]"), and its placed fragments must be in order, apart and not empty.
     * Orphaned fragments keep stale offsets and are not checked against the text.
     */
    private void checkWholeSpan(Span s, String loc) {
        if (s == null) {
            return;
        }
        if (!s.isMultiFragment()) {
            checkSpan(s, loc);
            return;
        }
        List<Span> fragments = s.fragments();
        List<Span> placed = new ArrayList<>();
        List<Integer> indexOf = new ArrayList<>();
        for (int i = 0; i < fragments.size(); i++) {
            Span f = fragments.get(i);
            if (f.anchor() != Anchor.ORPHANED) {
                placed.add(f);
                indexOf.add(i);
            }
        }
        String order = ModelChecks.orderProblem(placed, indexOf);
        if (order != null) {
            problems.add(Problem.error(file, loc + "." + order.substring(0, order.indexOf(' ')),
                    order.substring(order.indexOf(' ') + 1)));
        }
        for (int i = 0; i < fragments.size(); i++) {
            checkSpan(fragments.get(i), loc + ".fragments[" + i + "]");
        }
    }

    /**
     * Two mentions of one entity starting or ending at the same place are one mention counted
     * twice (issue 14: re-anchoring once moved a mention onto another; an import can repeat one).
     * Orphaned mentions keep stale offsets and are left out.
     */
    private void checkMentionsShareNoPlace() {
        for (Entity e : doc.entities()) {
            Map<Integer, Integer> starts = new HashMap<>();
            Map<Integer, Integer> ends = new HashMap<>();
            List<Span> mentions = e.mentions();
            for (int i = 0; i < mentions.size(); i++) {
                Span m = mentions.get(i);
                if (m == null || m.anchor() == Anchor.ORPHANED) {
                    continue;
                }
                Integer other = starts.containsKey(m.start()) ? starts.get(m.start()) : ends.get(m.end());
                if (other != null) {
                    Span o = mentions.get(other);
                    problems.add(Problem.error(file, e.id() + ".mentions[" + i + "]", "mention " + m.start() + ".." + m.end()
                            + " (\"" + shorten(m.exact()) + "\") shares its " + (o.start() == m.start() ? "start" : "end")
                            + " with " + e.id() + ".mentions[" + other + "] " + o.start() + ".." + o.end()
                            + ": two mentions of one entity at one place; delete one of them"));
                }
                starts.putIfAbsent(m.start(), i);
                ends.putIfAbsent(m.end(), i);
            }
        }
    }

    private void checkIds() {
        Set<String> seen = new HashSet<>();
        for (Annotation a : doc.all()) {
            byId.putIfAbsent(a.id(), a);
            if (!seen.add(a.id())) {
                problems.add(Problem.error(file, a.id(), "duplicate id"));
            }
            if (Kind.ofId(a.id()) != a.kind()) {
                problems.add(Problem.error(file, a.id(), "id of a " + a.kind().name().toLowerCase()
                        + " must start with \"" + a.kind().prefix() + "\""));
            }
        }
    }

    private void checkSpan(Span s, String loc) {
        if (s == null) {
            return;
        }
        if (s.anchor() == Anchor.ORPHANED) {
            problems.add(Problem.warning(file, loc, "orphaned: \"" + shorten(s.exact())
                    + "\" could not be found in the text; re-attach it in the window"));
            return;
        }
        if (s.start() < 0 || s.end() < 0) {
            problems.add(Problem.error(file, loc, "negative offset " + s.start() + ".." + s.end()));
            return;
        }
        if (s.start() > s.end()) {
            problems.add(Problem.error(file, loc, "reversed offsets: start " + s.start() + " is after end " + s.end()));
            return;
        }
        if (s.start() == s.end()) {
            problems.add(Problem.error(file, loc, "empty span at " + s.start()));
            return;
        }
        if (text == null) {
            return;
        }
        if (s.end() > text.length()) {
            problems.add(Problem.error(file, loc, "end " + s.end() + " is past the end of the text ("
                    + text.length() + " code points)" + unitHint(s)));
            return;
        }
        if (hasLoneSurrogate(s.exact())) {
            problems.add(Problem.error(file, loc, "the quote contains half of a character (a lone UTF-16 surrogate): "
                    + "the offsets split a surrogate pair, as happens when a producer counts UTF-16 units"));
            return;
        }
        if (!text.matches(s.start(), s.end(), s.exact())) {
            String actual = text.slice(s.start(), s.end());
            problems.add(Problem.error(file, loc, "quote \"" + shorten(s.exact()) + "\" does not match the text at "
                    + s.start() + ".." + s.end() + " (\"" + shorten(actual) + "\")" + unitHint(s)));
        }
        if (s.anchor() == Anchor.REVIEW) {
            problems.add(Problem.warning(file, loc, "moved when the text changed; marked for review"));
        }
    }

    /**
     * Offsets in files count code points; a producer that counted UTF-16 units (JavaScript, Java,
     * Label Studio) is off by one per emoji before the span. When the quote sits exactly at the
     * offsets read as UTF-16, say so: that is the likely cause and the fix.
     */
    private String unitHint(Span s) {
        String t = text.text();
        if (s.start() < 0 || s.end() > t.length() || s.start() >= s.end()) {
            return "";
        }
        if (!t.substring(s.start(), s.end()).equals(s.exact())) {
            return "";
        }
        return "; the quote matches at these offsets counted in UTF-16 units: the file was probably written "
                + "with UTF-16 offsets, but Tandai's files count code points";
    }

    static boolean hasLoneSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
                    return true;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    /** Spans whose quote no longer sits at their offsets, and all spans, for the drift message. */
    private int[] countDrift() {
        int[] n = new int[2];
        java.util.function.Consumer<Span> count = s -> {
            if (s == null) {
                return;
            }
            n[1]++;
            if (s.start() < 0 || s.end() > text.length() || s.start() > s.end()
                    || !text.slice(s.start(), s.end()).equals(s.exact())) {
                n[0]++;
            }
        };
        for (Annotation a : doc.all()) {
            for (SpanRef ref : a.spans()) {
                if (ref.span() != null) {
                    ref.span().fragments().forEach(count);
                }
            }
        }
        return n;
    }

    private void checkLabel(boolean ok, String loc, String what, String value) {
        if (!ok) {
            problems.add(Problem.error(file, loc, what + " \"" + value + "\" is not in the tag set"));
        }
    }

    private void checkViaCycles() {
        Map<String, String> via = new HashMap<>();
        for (Source s : doc.sources()) {
            if (s.via() != null) {
                via.put(s.id(), s.via());
            }
        }
        Set<String> reported = new HashSet<>();
        for (String startId : via.keySet()) {
            Set<String> path = new HashSet<>();
            String cur = startId;
            while (cur != null && path.add(cur)) {
                cur = via.get(cur);
            }
            if (cur != null && cur.equals(startId) && path.size() > 1 && reported.add(minOf(path))) {
                problems.add(Problem.error(file, startId + ".via", "via chain forms a cycle through "
                        + String.join(", ", path.stream().sorted(SidecarFormat::compareIds).toList())));
            }
        }
    }

    private static String minOf(Set<String> ids) {
        return ids.stream().min(SidecarFormat::compareIds).orElse("");
    }

    private static String side(Object value) {
        return value == null ? "has none (deleted or left out)" : "has " + shorten(value.toString());
    }

    static String shorten(String s) {
        String one = s.replace("\n", "\\n");
        return one.length() <= 40 ? one : one.substring(0, 37) + "...";
    }
}
