package org.tandai.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The normalized text of an article and the bridge between the two offset units.
 *
 * <p>Offsets in Tandai's files count Unicode code points; Java strings and JavaFX count UTF-16
 * units. This class converts between them in O(log n) using the positions of astral characters,
 * so documents without emoji pay nothing. Normalization (BOM dropped, CRLF and CR turned into LF)
 * happens once, before any offset exists: see {@link #normalize(String)}.
 */
public final class ArticleText {
    private final String text;
    private final int codePointLength;
    /** UTF-16 indices of the high surrogates of astral characters, ascending. */
    private final int[] astralUtf16;
    private String sha256;

    private ArticleText(String normalized) {
        this.text = normalized;
        if (normalized.codePointCount(0, normalized.length()) == normalized.length()) {
            // No surrogate at all (always so for a Latin-1 string, where this count costs nothing).
            this.astralUtf16 = new int[0];
            this.codePointLength = normalized.length();
            return;
        }
        int[] astral = new int[16];
        int count = 0;
        // Scanned in copied blocks: charAt checks its index on every call, which showed in profiles.
        char[] block = new char[4096];
        int n = normalized.length();
        for (int from = 0; from < n; from += block.length - 1) {
            int to = Math.min(n, from + block.length);
            normalized.getChars(from, to, block, 0);
            // The block's last char is looked at only as the second half of a pair; the next block starts there.
            int last = to == n ? to - from : to - from - 1;
            for (int k = 0; k < last; k++) {
                if (Character.isHighSurrogate(block[k]) && k + 1 < to - from && Character.isLowSurrogate(block[k + 1])) {
                    if (count == astral.length) {
                        astral = Arrays.copyOf(astral, count * 2);
                    }
                    astral[count++] = from + k;
                    k++;
                }
            }
        }
        this.astralUtf16 = Arrays.copyOf(astral, count);
        this.codePointLength = normalized.length() - count;
    }

    /** Wraps text that is already normalized (no BOM, LF line ends). */
    public static ArticleText ofNormalized(String normalized) {
        return new ArticleText(normalized);
    }

    /** Normalizes raw file content (drops a leading BOM, CRLF/CR to LF) and wraps it. */
    public static ArticleText of(String raw) {
        return new ArticleText(normalize(raw));
    }

    /**
     * Wraps text decoded from the UTF-8 bytes {@code utf8} of a file. When normalizing changes
     * nothing (no BOM, no CR), those bytes are the text's UTF-8, so its SHA-256 is taken from them
     * straight away instead of encoding the text again (a cost every article read paid).
     */
    public static ArticleText ofUtf8(String decoded, byte[] utf8) {
        String normalized = normalize(decoded);
        ArticleText t = new ArticleText(normalized);
        if (normalized == decoded) {
            t.sha256 = sha256Hex(utf8);
        }
        return t;
    }

    /** Drops one leading U+FEFF and converts CRLF and lone CR to LF. Nothing else is changed. */
    public static String normalize(String raw) {
        String s = raw.startsWith("\uFEFF") ? raw.substring(1) : raw;
        if (s.indexOf('\r') < 0) {
            return s;
        }
        return s.replace("\r\n", "\n").replace('\r', '\n');
    }

    public String text() {
        return text;
    }

    /** Length in code points. */
    public int length() {
        return codePointLength;
    }

    /** Converts a code-point offset to a UTF-16 index. Offsets past the end are clamped to it. */
    public int toUtf16(int codePoint) {
        if (codePoint <= 0) {
            return 0;
        }
        if (codePoint >= codePointLength) {
            return text.length();
        }
        // Number of astral chars before the result: the largest k with astral[k-1] - (k-1) < codePoint.
        int lo = 0;
        int hi = astralUtf16.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (astralUtf16[mid] - mid < codePoint) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return codePoint + lo;
    }

    /**
     * Converts a UTF-16 index to a code-point offset. An index inside a surrogate pair counts as
     * the start of that character.
     */
    public int toCodePoint(int utf16) {
        if (utf16 <= 0) {
            return 0;
        }
        if (utf16 >= text.length()) {
            return codePointLength;
        }
        int lo = 0;
        int hi = astralUtf16.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (astralUtf16[mid] < utf16) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        // lo astral chars start before utf16; if utf16 sits on a low surrogate, step back.
        if (lo > 0 && astralUtf16[lo - 1] + 1 == utf16) {
            return utf16 - lo;
        }
        return utf16 - lo;
    }

    /** True when the UTF-16 index falls between the two halves of a surrogate pair. */
    public boolean splitsSurrogatePair(int utf16) {
        return utf16 > 0 && utf16 < text.length()
                && Character.isLowSurrogate(text.charAt(utf16))
                && Character.isHighSurrogate(text.charAt(utf16 - 1));
    }

    /** The text between two code-point offsets. */
    public String slice(int startCp, int endCp) {
        return text.substring(toUtf16(startCp), toUtf16(endCp));
    }

    /**
     * True when the text between two code-point offsets is exactly {@code s}; like
     * {@code slice(startCp, endCp).equals(s)} without making the slice.
     */
    public boolean matches(int startCp, int endCp, String s) {
        int from = toUtf16(startCp);
        int to = toUtf16(endCp);
        return to - from == s.length() && text.regionMatches(from, s, 0, s.length());
    }

    /** Hex SHA-256 of the normalized text in UTF-8, computed once. */
    public String sha256() {
        if (sha256 == null) {
            sha256 = sha256Hex(text);
        }
        return sha256;
    }

    public static String sha256Hex(String s) {
        return sha256Hex(s.getBytes(StandardCharsets.UTF_8));
    }

    private static String sha256Hex(byte[] utf8) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(utf8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JDK", e);
        }
    }
}
