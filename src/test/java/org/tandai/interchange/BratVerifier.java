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

    private static final String OVERLAP = "<OVERLAP>";
    private static final String NESTING = "ENTITY-NESTING";
    private static final Pattern REPEAT = Pattern.compile("^(\\S+?)(\\{\\S+\\}|\\?|\\*|\\+|)$");
    private static final Pattern RANGE = Pattern.compile("^\\{(\\d+)(?:-(\\d+))?\\}$");
    private static final Pattern TRAILING_DIGITS = Pattern.compile("^(.*?)\\d*$");

    /** One configured type: its arguments by role (in order), their counts and special arguments. */
    private static final class Node {
        final String name;
        final Map<String, List<String>> args = new LinkedHashMap<>();
        final Map<String, Integer> min = new HashMap<>();
        final Map<String, Integer> max = new HashMap<>();
        final Map<String, List<String>> special = new HashMap<>();

        Node(String name) {
            this.name = name;
        }

        List<String> rolesFor(String type) {
            List<String> out = new ArrayList<>();
            args.forEach((role, types) -> {
                if (types.contains(type)) {
                    out.add(role);
                }
            });
            return out;
        }
    }

    private final Map<String, Node> entities = new LinkedHashMap<>();
    private final Map<String, Node> events = new LinkedHashMap<>();
    private final List<Node> relations = new ArrayList<>();
    private final Map<String, Node> attributes = new LinkedHashMap<>();

    BratVerifier(String annotationConf) {
        String section = null;
        for (String raw : annotationConf.split("\n", -1)) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                section = line.substring(1, line.length() - 1);
                continue;
            }
            String[] parts = line.split("\\s+", 2);
            String name = parts[0].split("\\|")[0];
            if (name.startsWith("!")) {
                name = name.substring(1);
            }
            Node n = new Node(name);
            if (parts.length > 1) {
                for (String arg : parts[1].split(",")) {
                    parseArg(n, arg.strip());
                }
            }
            switch (String.valueOf(section)) {
                case "entities", "spans" -> entities.put(name, n);
                case "events" -> events.put(name, n);
                case "relations" -> relations.add(n);
                case "attributes" -> attributes.put(name, n);
                default -> throw new IllegalArgumentException("line outside a section: " + raw);
            }
        }
    }

    private static void parseArg(Node n, String arg) {
        int colon = arg.indexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("cannot parse argument '" + arg + "' of " + n.name);
        }
        String key = arg.substring(0, colon);
        String types = arg.substring(colon + 1);
        if (key.startsWith("<") && key.endsWith(">")) {
            n.special.put(key, key.equals("<REL-TYPE>") ? List.of(types.split("-")) : List.of(types));
            return;
        }
        Matcher m = REPEAT.matcher(key);
        if (!m.matches()) {
            throw new IllegalArgumentException("cannot parse argument '" + key + "'");
        }
        key = m.group(1);
        String rep = m.group(2);
        int lo;
        int hi;
        switch (rep) {
            case "" -> { lo = 1; hi = 1; }
            case "?" -> { lo = 0; hi = 1; }
            case "*" -> { lo = 0; hi = Integer.MAX_VALUE; }
            case "+" -> { lo = 1; hi = Integer.MAX_VALUE; }
            default -> {
                Matcher r = RANGE.matcher(rep);
                if (!r.matches()) {
                    throw new IllegalArgumentException("bad range " + rep);
                }
                lo = Integer.parseInt(r.group(1));
                hi = r.group(2) == null ? lo : Integer.parseInt(r.group(2));
            }
        }
        n.min.put(key, lo);
        n.max.put(key, hi);
        n.args.put(key, List.of(types.split("\\|")));
    }

    private boolean isEntityType(String t) {
        return entities.containsKey(t);
    }

    private boolean isEventType(String t) {
        return events.containsKey(t);
    }

    private Node node(String type) {
        Node n = entities.get(type);
        return n != null ? n : events.get(type);
    }

    /** brat's type match for a relation argument: equal, {@code <ANY>}, or the entity / event macro. */
    private boolean matches(String configured, String actual) {
        return configured.equals(actual) || configured.equals("<ANY>") || actual.equals("<ANY>")
                || (configured.equals("<ENTITY>") && isEntityType(actual))
                || (configured.equals("<EVENT>") && isEventType(actual));
    }

    private List<Node> relationsBetween(String from, String to, boolean special) {
        List<Node> out = new ArrayList<>();
        for (Node r : relations) {
            boolean isSpecial = r.name.equals(OVERLAP) || r.name.equals(NESTING);
            if (isSpecial != special || r.args.size() != 2) {
                continue;
            }
            List<List<String>> roles = new ArrayList<>(r.args.values());
            if (roles.get(0).stream().anyMatch(t -> matches(t, from)) && roles.get(1).stream().anyMatch(t -> matches(t, to))) {
                out.add(r);
            }
        }
        return out;
    }

    private Set<String> overlapTypes(String inner, String outer) {
        List<Node> rules = relationsBetween(inner, outer, true);
        Set<String> out = new HashSet<>();
        List<Node> ovl = rules.stream().filter(r -> r.name.equals(OVERLAP)).toList();
        if (!ovl.isEmpty()) {
            for (Node r : ovl) {
                for (String v : r.special.getOrDefault("<OVL-TYPE>", List.of())) {
                    out.addAll(List.of(v.split("\\|")));
                }
            }
        } else if (!rules.isEmpty()) {
            out.add("contain");
        }
        return out;
    }

    private boolean canContain(String inner, String outer) {
        Set<String> t = overlapTypes(inner, outer);
        return t.contains("contain") || t.contains("<ANY>") || overlapTypes(outer, inner).contains("<ANY>");
    }

    private boolean canBe(String kind, String t1, String t2) {
        Set<String> a = overlapTypes(t1, t2);
        Set<String> b = overlapTypes(t2, t1);
        return a.contains(kind) || a.contains("<ANY>") || b.contains(kind) || b.contains("<ANY>");
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
        relations.forEach(r -> relationTypes.add(r.name));
        for (Event e : evs.values()) {
            if (!isEventType(e.type())) {
                issues.add(new Issue(e.id(), Kind.ERROR, "Error: " + e.type() + " is not a known event type (check configuration?)"));
            }
        }
        for (Text t : texts.values()) {
            if (!isEventType(t.type()) && !isEntityType(t.type())) {
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
                    boolean found = relationsBetween(t1, t2, false).stream().anyMatch(r -> {
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
        List<Text> physical = texts.values().stream().filter(t -> isEntityType(t.type())).toList();
        for (Text a1 : physical) {
            for (Text a2 : physical) {
                if (a1 == a2 || !(a2.start() < a1.end() && a2.end() > a1.start())) {
                    continue;
                }
                if (a1.start() == a2.start() && a1.end() == a2.end()) {
                    if (!canBe("equal", a1.type(), a2.type())) {
                        issues.add(new Issue(a1.id(), Kind.ERROR, "Error: " + a1.type() + " cannot have identical span with "
                                + a2.type() + " " + a2.id()));
                    }
                } else if (a2.contains(a1)) {
                    if (!canContain(a1.type(), a2.type())) {
                        issues.add(new Issue(a1.id(), Kind.ERROR, "Error: " + a1.type() + " cannot be contained in " + a2.type()
                                + " (" + a2.id() + ")"));
                    }
                } else if (a1.contains(a2)) {
                    if (!canContain(a2.type(), a1.type())) {
                        issues.add(new Issue(a1.id(), Kind.ERROR, "Error: " + a1.type() + " cannot contain " + a2.type()
                                + " (" + a2.id() + ")"));
                    }
                } else if (!canBe("cross", a1.type(), a2.type())) {
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
            Node def = attributes.get(a[0]);
            List<String> targets = def == null ? List.of() : def.args.getOrDefault("Arg", List.of());
            boolean allowed = targets.contains(type) || targets.contains("<ANY>")
                    || (isEventType(type) && targets.contains("<EVENT>"))
                    || (isEntityType(type) && targets.contains("<ENTITY>"))
                    || (relationTypes.contains(type) && targets.contains("<RELATION>"));
            if (!allowed) {
                issues.add(new Issue(a[1], Kind.ERROR, "Error: " + type + " cannot take a " + a[0] + " attribute"));
            }
        }
        return issues;
    }

    private boolean labelsMatch(String type, String from, String to, String l1, String l2) {
        return relationsBetween(from, to, false).stream().anyMatch(r -> {
            List<String> roles = new ArrayList<>(r.args.keySet());
            return r.name.equals(type) && roles.get(0).equals(l1) && roles.get(1).equals(l2);
        });
    }

    private void verifyTriggers(Map<String, Text> texts, Map<String, Event> evs, List<Issue> issues) {
        Map<String, List<Event>> byTrigger = new HashMap<>();
        evs.values().forEach(e -> byTrigger.computeIfAbsent(e.trigger(), k -> new ArrayList<>()).add(e));
        Map<String, List<Text>> bySpanAndType = new LinkedHashMap<>();
        for (Text t : texts.values()) {
            if (!isEventType(t.type())) {
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
            Node n = node(e.type());
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
                if (!n.args.containsKey(role) && relationsBetween(e.type(), "<ANY>", false).stream().noneMatch(x -> x.name.equals(role))) {
                    issues.add(new Issue(e.id(), Kind.ERROR, "Error: " + e.type() + " cannot take a " + role + " argument"));
                    continue;
                }
                for (String ref : r.getValue()) {
                    String t = typeOf.get(ref);
                    if (!rolesFromTo(n, e.type(), t).contains(role)) {
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

    /** brat's arc_types_from_to: roles naming the type, {@code <ANY>}, or the event / entity macro, and relations. */
    private List<String> rolesFromTo(Node from, String fromType, String to) {
        List<String> out = new ArrayList<>(from.rolesFor(to));
        out.addAll(from.rolesFor("<ANY>"));
        if (isEventType(to)) {
            out.addAll(from.rolesFor("<EVENT>"));
        }
        if (isEntityType(to)) {
            out.addAll(from.rolesFor("<ENTITY>"));
        }
        relationsBetween(fromType, to, false).forEach(r -> out.add(r.name));
        return out;
    }
}
