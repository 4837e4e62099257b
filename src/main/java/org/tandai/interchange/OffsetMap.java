package org.tandai.interchange;

import org.tandai.model.ArticleText;

/**
 * Maps offsets counted in a foreign file's raw text (which may start with a BOM and use CR LF) to
 * code points of Tandai's normalized text. Tools count the BOM and every CR; Tandai drops them
 * before any offset exists (decision 0001), so without this map every span after a line break
 * would move.
 */
final class OffsetMap {
    private final String raw;
    private final int[] cpToNormalized;

    private OffsetMap(String raw, int[] map) {
        this.raw = raw;
        this.cpToNormalized = map;
    }

    static OffsetMap of(String raw) {
        return new OffsetMap(raw, BratImporter.offsetMap(raw));
    }

    /** True when normalization changed the text, so offsets need mapping. */
    boolean shifts() {
        return cpToNormalized != null;
    }

    /** A raw code-point offset as a normalized one; out-of-range values pass through unchanged. */
    int fromCodePoint(int rawCp) {
        return cpToNormalized == null || rawCp < 0 || rawCp >= cpToNormalized.length ? rawCp : cpToNormalized[rawCp];
    }

    /** A raw UTF-16 offset as a normalized code point; out-of-range values are returned as -1. */
    int fromUtf16(int rawUtf16, ArticleText normalized) {
        if (cpToNormalized == null) {
            return normalized.toCodePoint(rawUtf16);
        }
        if (rawUtf16 < 0 || rawUtf16 > raw.length()) {
            return -1;
        }
        return fromCodePoint(raw.codePointCount(0, rawUtf16));
    }

    /** True when a raw UTF-16 offset falls between the halves of a surrogate pair. */
    boolean splitsSurrogate(int rawUtf16) {
        return rawUtf16 > 0 && rawUtf16 < raw.length() && Character.isLowSurrogate(raw.charAt(rawUtf16))
                && Character.isHighSurrogate(raw.charAt(rawUtf16 - 1));
    }

    /** The text as the foreign file has it. */
    String raw() {
        return raw;
    }

    int rawUtf16Length() {
        return raw.length();
    }

    int rawCodePointLength() {
        return raw.codePointCount(0, raw.length());
    }
}
