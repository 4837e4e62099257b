package org.tandai.interchange;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Collects the types an export used and writes brat's {@code annotation.conf} for them, so brat
 * opens the exported folder without "unknown type" warnings, and declares that entity spans may
 * overlap in any way ({@code <OVERLAP>}), as they may in Tandai.
 */
final class BratConf {
    /** "Arg2" and "Arg" are one role in annotation.conf. Compiled once: this runs for every exported relation. */
    private static final Pattern ROLE_NUMBER = Pattern.compile("\\d+$");
    /** brat's rule for "textbound spans of any entity types may nest, be equal or cross". */
    static final String OVERLAP_ANY = "<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>";
    private final Set<String> entities = new TreeSet<>();
    private final Map<String, Map<String, Set<String>>> events = new TreeMap<>();
    private final Map<String, Map<String, Set<String>>> relations = new TreeMap<>();
    private final Set<String> equivs = new TreeSet<>();
    private final Map<String, Set<String>> attributeTargets = new TreeMap<>();
    private final Map<String, Set<String>> attributeValues = new TreeMap<>();

    void entity(String type) {
        entities.add(type);
    }

    void eventArg(String type, String role, String argType) {
        Map<String, Set<String>> roles = events.computeIfAbsent(type, k -> new LinkedHashMap<>());
        if (role != null) {
            roles.computeIfAbsent(ROLE_NUMBER.matcher(role).replaceAll(""), k -> new TreeSet<>()).add(argType);
        }
    }

    void relationArg(String type, String role, String argType) {
        relations.computeIfAbsent(type, k -> new LinkedHashMap<>()).computeIfAbsent(role, k -> new TreeSet<>()).add(argType);
    }

    void equiv(String type) {
        equivs.add(type);
    }

    /** {@code targetKind} is {@code <ENTITY>} or {@code <EVENT>} or a type; value null for a binary attribute. */
    void attribute(String name, String targetKind, String value) {
        attributeTargets.computeIfAbsent(name, k -> new TreeSet<>()).add(targetKind);
        Set<String> values = attributeValues.computeIfAbsent(name, k -> new TreeSet<>());
        if (value != null) {
            values.add(value);
        }
    }

    String text() {
        StringBuilder sb = new StringBuilder("# Written by Tandai export (see docs/formats.md).\n\n[entities]\n\n");
        for (String t : entities) {
            if (!events.containsKey(t)) {
                sb.append(t).append('\n');
            }
        }
        sb.append("\n[relations]\n\n");
        relations.forEach((type, roles) -> {
            sb.append(type);
            String sep = "\t";
            for (Map.Entry<String, Set<String>> r : roles.entrySet()) {
                sb.append(sep).append(r.getKey()).append(':').append(String.join("|", r.getValue()));
                sep = ", ";
            }
            sb.append('\n');
        });
        for (String e : equivs) {
            sb.append(e).append("\tArg1:<ENTITY>, Arg2:<ENTITY>, <REL-TYPE>:symmetric-transitive\n");
        }
        if (!entities.isEmpty()) {
            // Tandai lets any spans overlap (a mention inside a claim, a claim equal to a content span);
            // without this brat's verifier reports every such pair as an error (decision 0731).
            sb.append(OVERLAP_ANY).append('\n');
        }
        sb.append("\n[events]\n\n");
        events.forEach((type, roles) -> {
            sb.append(type);
            String sep = "\t";
            for (Map.Entry<String, Set<String>> r : roles.entrySet()) {
                sb.append(sep).append(r.getKey()).append("*:").append(String.join("|", r.getValue()));
                sep = ", ";
            }
            sb.append('\n');
        });
        sb.append("\n[attributes]\n\n");
        attributeTargets.forEach((name, targets) -> {
            sb.append(name).append("\tArg:").append(String.join("|", targets));
            Set<String> values = attributeValues.get(name);
            if (!values.isEmpty()) {
                sb.append(", Value:").append(String.join("|", values));
            }
            sb.append('\n');
        });
        return sb.toString();
    }
}
