package org.tandai.model;

/** The three kinds of annotation, each with its id prefix. */
public enum Kind {
    ENTITY("e"), CLAIM("c"), SOURCE("s");

    private final String prefix;

    Kind(String prefix) {
        this.prefix = prefix;
    }

    public String prefix() {
        return prefix;
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
