package org.tandai.model;

import java.util.Locale;

/** Review status of an annotation, for assisted annotation: suggestions are accepted or rejected. */
public enum Status {
    SUGGESTED, ACCEPTED, REJECTED;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses the lower-case file form; returns null for anything else. */
    public static Status fromKey(String key) {
        for (Status s : values()) {
            if (s.key().equals(key)) {
                return s;
            }
        }
        return null;
    }
}
