package org.tandai.store;

/** Size limits that turn hostile or accidental huge files into a clear message instead of an OOM. */
public final class Limits {
    /** Largest article text Tandai opens: 32 MiB, thirty times the 1 MB performance target. */
    public static final long MAX_ARTICLE_BYTES = 32L * 1024 * 1024;
    /** Largest sidecar Tandai reads: 256 MiB, far above the ~5 MB of 10,000 annotations. */
    public static final long MAX_SIDECAR_BYTES = 256L * 1024 * 1024;
    /** Deepest JSON nesting accepted; Tandai's own files nest 5 levels. */
    public static final int MAX_JSON_NESTING = 200;

    private Limits() {
    }
}
