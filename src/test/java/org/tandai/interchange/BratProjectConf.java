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
 * The parts of brat's {@code projectconfig.py} that {@link BratVerifier} needs, read from an
 * {@code annotation.conf}: entity, event, relation and attribute types, argument roles with their
 * repetition ({@code ?}, {@code *}, {@code +}, {@code {N-M}}), the {@code <ENTITY>}, {@code <EVENT>}
 * and {@code <ANY>} macros, and the overlap rules ({@code <OVERLAP>} with {@code <OVL-TYPE>}, or
 * the older {@code ENTITY-NESTING}). Type hierarchies are read flat; macro definitions
 * ({@code <POG>=…}) are not read, as Tandai's conf has none.
 */
final class BratProjectConf {
    private static final String OVERLAP = "<OVERLAP>";
    private static final String NESTING = "ENTITY-NESTING";
    private static final Pattern REPEAT = Pattern.compile("^(\\S+?)(\\{\\S+\\}|\\?|\\*|\\+|)$");
    private static final Pattern RANGE = Pattern.compile("^\\{(\\d+)(?:-(\\d+))?\\}$");

    /** One configured type: its arguments by role (in order), their counts and special arguments. */
    static final class Node {
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

    final Map<String, Node> entities = new LinkedHashMap<>();
    final Map<String, Node> events = new LinkedHashMap<>();
    final List<Node> relations = new ArrayList<>();
    final Map<String, Node> attributes = new LinkedHashMap<>();

    BratProjectConf(String annotationConf) {
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

    boolean isEntityType(String t) {
        return entities.containsKey(t);
    }

    boolean isEventType(String t) {
        return events.containsKey(t);
    }

    Node node(String type) {
        Node n = entities.get(type);
        return n != null ? n : events.get(type);
    }

    /** brat's type match for a relation argument: equal, {@code <ANY>}, or the entity / event macro. */
    private boolean matches(String configured, String actual) {
        return configured.equals(actual) || configured.equals("<ANY>") || actual.equals("<ANY>")
                || (configured.equals("<ENTITY>") && isEntityType(actual))
                || (configured.equals("<EVENT>") && isEventType(actual));
    }

    List<Node> relationsBetween(String from, String to, boolean special) {
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

    boolean canContain(String inner, String outer) {
        Set<String> t = overlapTypes(inner, outer);
        return t.contains("contain") || t.contains("<ANY>") || overlapTypes(outer, inner).contains("<ANY>");
    }

    boolean canBe(String kind, String t1, String t2) {
        Set<String> a = overlapTypes(t1, t2);
        Set<String> b = overlapTypes(t2, t1);
        return a.contains(kind) || a.contains("<ANY>") || b.contains(kind) || b.contains("<ANY>");
    }

    /** brat's arc_types_from_to: roles naming the type, {@code <ANY>}, or the event / entity macro, and relations. */
    List<String> rolesFromTo(Node from, String fromType, String to) {
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
