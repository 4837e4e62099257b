package org.tandai.interchange;

import java.util.Locale;

/** The foreign formats Tandai writes and (for some) reads. See docs/formats.md. */
public enum Format {
    JSONL(true), CONLL(true), BRAT(true), W3C(false), CLAIMREVIEW(false), LABELSTUDIO(true);

    private final boolean importable;

    Format(boolean importable) {
        this.importable = importable;
    }

    public boolean importable() {
        return importable;
    }

    /** The name used on the command line ("jsonl", "brat", …). */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a command-line name; null when unknown. */
    public static Format of(String key) {
        for (Format f : values()) {
            if (f.key().equalsIgnoreCase(key)) {
                return f;
            }
        }
        return null;
    }
}
