package org.tandai.interchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tandai.interchange.BratProjectConf.Node;

/**
 * The checks of brat's {@code server/src/verify_annotations.py} (nlplab/brat master) against an
 * {@code annotation.conf}, written anew in Java from brat's documented semantics so tests need no
 * Python and no network: unknown types, equivalences, textbound overlap ({@code <OVERLAP>} with
 * {@code <OVL-TYPE>} contain / equal / cross / {@code <ANY>}), triggers, relation argument types,
 * event argument types and counts, attribute targets. Issues carry brat's message wording.
 */
final class BratVerifier {
    enum Kind { ERROR, WARNING, INCOMPLETE }

    record Issue(String annId, Kind kind, String message) {
        @Override
        public String toString() {
            return annId + ": " + kind + "\t" + message;
        }
    }

    private static final Pattern TRAILING_DIGITS = Pattern.compile("^(.*?)\\d*$");

    private final BratProjectConf conf;

    BratVerifier(String annotationConf) {
        this.conf = new BratProjectConf(annotationConf);
    }

    // --- the .ann file ---

    private record Text(String id, String type, int start, int end) {
        boolean contains(Text o) {
            return start <= o.start && o.end <= end;
        }
    }

    private record Event(String id, String type, String trigger, List<String[]> args) { }

    private record Relation(String id, String type, String arg1Label, String arg1, String arg2Label, String arg2) { }

    /** Verifies one {@code .ann} file's content; returns every issue brat's verifier would print. */
    List<Issue> verify(String ann) {
        Map<String, Text> texts = new LinkedHashMap<>();
        Map<String, Event> evs = new LinkedHashMap<>();
        List<Relation> rels = new ArrayList<>();
        List<String[]> equivs = new ArrayList<>();
        List<String[]> attrs = new ArrayList<>();
        for (String line : ann.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t");
            String id = f[0];
            String[] fields = f.length > 1 ? f[1].strip().split(" ") : new String[0];
            switch (id.charAt(0)) {
                case 'T' -> {
                    String[] spans = f[1].substring(fields[0].length() + 1).split(";");
                    int start = Integer.parseInt(spans[0].split(" ")[0]);
                    int end = Integer.parseInt(spans[spans.length - 1].split(" ")[1]);
                    texts.put(id, new Text(id, fields[0], start, end));
                }
                case 'E' -> {
                    String[] head = fields[0].split(":");
                    List<String[]> args = new ArrayList<>();
                    for (int i = 1; i < fields.length; i++) {
                        args.add(fields[i].split(":", 2));
                    }
                    evs.put(id, new Event(id, head[0], head[1], args));
                }
                case 'R' -> {
                    String[] a1 = fields[1].split(":", 2);
                    String[] a2 = fields[2].split(":", 2);
                    rels.add(new Relation(id, fields[0], a1[0], a1[1], a2[0], a2[1]));
                }
                case '*' -> equivs.add(fields);
                case 'A', 'M' -> attrs.add(fields);
                default -> { }
            }
        }
        Map<String, String> typeOf = new HashMap<>();
        texts.values().forEach(t -> typeOf.put(t.id(), t.type()));
        evs.values().forEach(e -> typeOf.put(e.id(), e.type()));
        rels.forEach(r -> typeOf.put(r.id(), r.type()));

        List<Issue> issues = new ArrayList<>();
        Set<String> relationTypes = new HashSet<>();
        conf.relations.forEach(r -> relationTypes.add(r.name));
        for (Event e : evs.values()) {
            if (!conf.isEventType(e.type())) {
                issues.add(new Issue(e.id(), Kind.ERROR, "Error: " + e.type() + " is not a known event type (check configuration?)"));
            }
        }
        for (Text t : texts.values()) {
            if (!conf.isEventType(t.type()) && !conf.isEntityType(t.type())) {
                issues.add(new Issue(t.id(), Kind.ERROR, "Error: " + t.type() + " is not a known textbound type (check configuration?)"));
            }
        }
        for (Relation r : rels) {
            if (!relationTypes.contains(r.type())) {
                issues.add(new Issue(r.id(), Kind.ERROR, "Error: " + r.type() + " is not a known relation type (check configuration?)"));
            }
        }
        // Equivalences: every pair of member types needs a symmetric-transitive relation between them.
        for (String[] eq : equivs) {
            Set<String> types = new java.util.LinkedHashSet<>();
            for (int i = 1; i < eq.length; i++) {
                types.add(typeOf.get(eq[i]));
            }
            Set<String> marked = new HashSet<>();
            for (String t1 : types) {
                for (String t2 : types) {
                    boolean found = conf.relationsBetween(t1, t2, false).stream().anyMatch(r -> {
                        List<String> rt = r.special.getOrDefault("<REL-TYPE>", List.of());
                        return rt.contains("symmetric") && rt.contains("transitive");
                    });
                    if (!found && !marked.contains(t2 + "\u0000" + t1)) {
                        for (int i = 1; i < eq.length; i++) {
                            issues.add(new Issue(eq[i], Kind.ERROR, "Equivalence relation " + eq[0] + " not allowed between " + t1 + " and " + t2));
                        }
                        marked.add(t1 + "\u0000" + t2);
                    }
                }
            }
        }
        // Overlap between textbounds of entity types, every ordered pair as brat checks them.
        List<Text> physical = texts.values().stream().filter(t -> conf.isEntityType(t.type())).toList();
        for (Text a1 : physical) {
            for (Text a2 : physical) {
                if (a1 == a2 || !(a2.start() < a1.end() && a2.end() > a1.start())) {
                    continue;
                }
                if (a1.start() == a2.start() && a1.end() == a2.end()) {
                    if (!conf.canBe("equal", a1.type(), a2.type())) {
                        issues.add(new Issue(a1.id(), Kind.ERROR, "Error: " + a1.type() + " cannot have identical span with "
                                + a2.type() + " " + a2.id()));
                    }
                } else if (a2.contains(a1)) {
                    if (!conf.canContain(a1.type(), a2.type())) {
                        issues.add(new Issue(a1.id(), Kind.ERROR, "Error: " + a1.type() + " cannot be contained in " + a2.type()
                                + " (" + a2.id() + ")"));
                    }
                } else if (a1.contains(a2)) {
                    if (!conf.canContain(a2.type(), a1.type())) {
                        issues.add(new Issue(a1.id(), Kind.ERROR, "Error: " + a1.type() + " cannot contain " + a2.type()
                                + " (" + a2.id() + ")"));
                    }
                } else if (!conf.canBe("cross", a1.type(), a2.type())) {
                    issues.add(new Issue(a1.id(), Kind.ERROR, "Error: annotation cannot have crossing span with " + a2.id()));
                }
            }
        }
        verifyTriggers(texts, evs, issues);
        // Relations: brat's own loop stops at the first relation that matches (a `break`); every one is checked here.
        for (Relation r : rels) {
            String t1 = typeOf.get(r.arg1());
            String t2 = typeOf.get(r.arg2());
            boolean ok = labelsMatch(r.type(), t1, t2, r.arg1Label(), r.arg2Label())
                    || labelsMatch(r.type(), t2, t1, r.arg2Label(), r.arg1Label());
            if (!ok) {
                issues.add(new Issue(r.id(), Kind.ERROR, "Error: " + r.type() + " relation " + r.arg1Label() + ":" + t1 + " "
                        + r.arg2Label() + ":" + t2 + " not allowed"));
            }
        }
        verifyEventArguments(evs, typeOf, issues);
        for (String[] a : attrs) {
            String type = typeOf.get(a[1]);
            Node def = conf.attributes.get(a[0]);
            List<String> targets = def == null ? List.of() : def.args.getOrDefault("Arg", List.of());
            boolean allowed = targets.contains(type) || targets.contains("<ANY>")
                    || (conf.isEventType(type) && targets.contains("<EVENT>"))
                    || (conf.isEntityType(type) && targets.contains("<ENTITY>"))
                    || (relationTypes.contains(type) && targets.contains("<RELATION>"));
            if (!allowed) {
                issues.add(new Issue(a[1], Kind.ERROR, "Error: " + type + " cannot take a " + a[0] + " attribute"));
            }
        }
        return issues;
    }

    private boolean labelsMatch(String type, String from, String to, String l1, String l2) {
        return conf.relationsBetween(from, to, false).stream().anyMatch(r -> {
            List<String> roles = new ArrayList<>(r.args.keySet());
            return r.name.equals(type) && roles.get(0).equals(l1) && roles.get(1).equals(l2);
        });
    }

    private void verifyTriggers(Map<String, Text> texts, Map<String, Event> evs, List<Issue> issues) {
        Map<String, List<Event>> byTrigger = new HashMap<>();
        evs.values().forEach(e -> byTrigger.computeIfAbsent(e.trigger(), k -> new ArrayList<>()).add(e));
        Map<String, List<Text>> bySpanAndType = new LinkedHashMap<>();
        for (Text t : texts.values()) {
            if (!conf.isEventType(t.type())) {
                continue;
            }
            if (!byTrigger.containsKey(t.id())) {
                issues.add(new Issue(t.id(), Kind.INCOMPLETE, "Warning: trigger " + t.id() + " is not referenced from any event"));
            }
            bySpanAndType.computeIfAbsent(t.start() + ":" + t.end() + ":" + t.type(), k -> new ArrayList<>()).add(t);
        }
        for (List<Text> same : bySpanAndType.values()) {
            if (same.size() > 1) {
                String ids = String.join(",", same.stream().map(Text::id).toList());
                for (Text t : same) {
                    String at = byTrigger.containsKey(t.id()) ? byTrigger.get(t.id()).get(0).id() : t.id();
                    issues.add(new Issue(at, Kind.WARNING, "Warning: triggers " + ids
                            + " have identical span and type (harmless but unnecessary duplication)"));
                }
            }
        }
    }

    private void verifyEventArguments(Map<String, Event> evs, Map<String, String> typeOf, List<Issue> issues) {
        for (Event e : evs.values()) {
            Node n = conf.node(e.type());
            Map<String, List<String>> byRole = new LinkedHashMap<>();
            for (String[] arg : e.args()) {
                Matcher m = TRAILING_DIGITS.matcher(arg[0]);
                String role = m.matches() ? m.group(1) : arg[0];
                byRole.computeIfAbsent(role, k -> new ArrayList<>()).add(arg[1]);
            }
            if (n == null) {
                continue;
            }
            for (Map.Entry<String, Integer> min : n.min.entrySet()) {
                int c = byRole.getOrDefault(min.getKey(), List.of()).size();
                if (min.getValue() > 0 && c < min.getValue()) {
                    issues.add(new Issue(e.id(), Kind.INCOMPLETE, "Incomplete: " + min.getKey() + " argument required for event"));
                }
            }
            for (Map.Entry<String, List<String>> r : byRole.entrySet()) {
                String role = r.getKey();
                if (!n.args.containsKey(role) && conf.relationsBetween(e.type(), "<ANY>", false).stream().noneMatch(x -> x.name.equals(role))) {
                    issues.add(new Issue(e.id(), Kind.ERROR, "Error: " + e.type() + " cannot take a " + role + " argument"));
                    continue;
                }
                for (String ref : r.getValue()) {
                    String t = typeOf.get(ref);
                    if (!conf.rolesFromTo(n, e.type(), t).contains(role)) {
                        issues.add(new Issue(e.id(), Kind.ERROR, "Error: " + e.type() + " argument " + role + " cannot be of type " + t));
                    }
                }
                int max = n.max.getOrDefault(role, 0);
                if (r.getValue().size() > 1) {
                    if (max <= 1) {
                        issues.add(new Issue(e.id(), Kind.ERROR, "Error: " + e.type() + " cannot take multiple " + role + " arguments"));
                    } else if (r.getValue().size() > max) {
                        issues.add(new Issue(e.id(), Kind.ERROR, "Error: " + e.type() + " can take at most " + max + " " + role + " arguments"));
                    }
                }
            }
        }
    }
}
