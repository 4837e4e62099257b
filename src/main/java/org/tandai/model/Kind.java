package org.tandai.model;

/**
 * The kinds of annotation, each with its id prefix, its name in files and tag sets ("entity") and
 * the sidecar array that holds them ("entities"). Switches over it are written without a default,
 * so a new kind is a compile error wherever a kind is handled.
 */
public enum Kind {
    ENTITY("e", "entity", "entities"), CLAIM("c", "claim", "claims"), SOURCE("s", "source", "sources"),
    RELATION("r", "relation", "relations");

    private final String prefix;
    private final String key;
    private final String plural;

    Kind(String prefix, String key, String plural) {
        this.prefix = prefix;
        this.key = key;
        this.plural = plural;
    }

    public String prefix() {
        return prefix;
    }

    /** The name in files and tag sets: "entity", "claim", "source", "relation". */
    public String key() {
        return key;
    }

    /** The sidecar array: "entities", "claims", "sources", "relations". */
    public String plural() {
        return plural;
    }

    /** The kind with this {@link #key()}, or null. */
    public static Kind fromKey(String key) {
        for (Kind k : values()) {
            if (k.key.equals(key)) {
                return k;
            }
        }
        return null;
    }

    /** The kind an id belongs to by its prefix, or null. */
    public static Kind ofId(String id) {
        if (id == null || id.isEmpty()) {
            return null;
        }
        for (Kind k : values()) {
            if (id.startsWith(k.prefix)) {
                return k;
            }
        }
        return null;
    }
}
