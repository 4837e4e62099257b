package org.tandai.interchange;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * An unsynchronized writer that encodes to UTF-8 as it goes, collecting one record (a JSONL line,
 * a task, a {@code .jsonld} file) in a reused byte array that is handed to the output in one call.
 * Gson's {@code JsonWriter} makes a call per token; on a {@code BufferedWriter} each took a lock
 * and went through a charset encoder, and a {@code StringBuilder} holding one non-Latin-1
 * character is encoded char by char along with all the ASCII around it. Unpaired surrogates become
 * {@code ?}, as {@code String.getBytes(UTF_8)} and the JDK's encoders write them.
 */
final class LineBuffer extends Writer {
    private static final int LONG = 64;
    private byte[] buf = new byte[1 << 14];
    private int len;
    private char high;
    private char[] chars = new char[256];

    @Override
    public void write(int c) {
        put((char) c);
    }

    @Override
    public void write(char[] chars, int off, int n) {
        for (int i = off; i < off + n; i++) {
            put(chars[i]);
        }
    }

    @Override
    public void write(String s) {
        write(s, 0, s.length());
    }

    @Override
    public void write(String s, int off, int n) {
        room(n * 3 + 4);
        int end = off + n;
        if (n >= LONG && high == 0 && !Character.isHighSurrogate(s.charAt(end - 1))) {
            // Long runs (article text between escapes): the JDK's encoder is intrinsic for ASCII.
            byte[] b = s.substring(off, end).getBytes(StandardCharsets.UTF_8);
            System.arraycopy(b, 0, buf, len, b.length);
            len += b.length;
            return;
        }
        for (int i = off; i < end; i++) {
            char c = s.charAt(i);
            if (c < 0x80 && high == 0) {
                buf[len++] = (byte) c;
            } else {
                put(c);
            }
        }
    }

    /**
     * {@code s[from, to)} as a quoted JSON string, escaped as Gson escapes with HTML escaping off:
     * {@code "} and {@code \\}, the short escapes for tab, backspace, newline, return and form feed,
     * other control characters and U+2028/U+2029 as lower-case {@code \\uXXXX}; everything else as is.
     * One pass straight into the bytes, instead of a writer call per run between escapes.
     */
    void jsonString(String s, int from, int to) {
        int n = to - from;
        if (chars.length < n) {
            chars = new char[Math.max(n, chars.length * 2)];
        }
        // One bulk copy, then a loop over an array: cheaper than charAt per character.
        s.getChars(from, to, chars, 0);
        char[] cs = chars;
        room(n + 2);
        put('"');
        for (int i = 0; i < n; i++) {
            char c = cs[i];
            if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\' && high == 0) {
                if (len == buf.length) {
                    room(n - i + 1);
                }
                buf[len++] = (byte) c;
            } else if (c < 0x80 || c == '\u2028' || c == '\u2029') {
                escape(c);
            } else {
                put(c);
            }
        }
        put('"');
    }

    private void escape(char c) {
        switch (c) {
            case '"' -> append2('\\', '"');
            case '\\' -> append2('\\', '\\');
            case '\t' -> append2('\\', 't');
            case '\b' -> append2('\\', 'b');
            case '\n' -> append2('\\', 'n');
            case '\r' -> append2('\\', 'r');
            case '\f' -> append2('\\', 'f');
            default -> {
                if (c >= 0x20 && c < 0x80) {
                    put(c);
                    return;
                }
                put('\\');
                put('u');
                for (int shift = 12; shift >= 0; shift -= 4) {
                    put(Character.forDigit(c >> shift & 0xF, 16));
                }
            }
        }
    }

    private void append2(char a, char b) {
        put(a);
        put(b);
    }

    /** A decimal integer. */
    void decimal(long n) {
        write(Long.toString(n));
    }

    /** Bytes collected by another buffer, appended as they are. */
    void bytes(LineBuffer other) {
        room(other.len);
        System.arraycopy(other.buf, 0, buf, len, other.len);
        len += other.len;
    }

    @Override
    public Writer append(CharSequence csq) {
        String s = String.valueOf(csq);
        write(s, 0, s.length());
        return this;
    }

    @Override
    public Writer append(char c) {
        put(c);
        return this;
    }

    private void put(char c) {
        room(4);
        if (high != 0) {
            char h = high;
            high = 0;
            if (Character.isLowSurrogate(c)) {
                int cp = Character.toCodePoint(h, c);
                buf[len++] = (byte) (0xF0 | cp >> 18);
                buf[len++] = (byte) (0x80 | cp >> 12 & 0x3F);
                buf[len++] = (byte) (0x80 | cp >> 6 & 0x3F);
                buf[len++] = (byte) (0x80 | cp & 0x3F);
                return;
            }
            buf[len++] = '?';
            room(4);
        }
        if (c < 0x80) {
            buf[len++] = (byte) c;
        } else if (c < 0x800) {
            buf[len++] = (byte) (0xC0 | c >> 6);
            buf[len++] = (byte) (0x80 | c & 0x3F);
        } else if (Character.isHighSurrogate(c)) {
            high = c;
        } else if (Character.isLowSurrogate(c)) {
            buf[len++] = '?';
        } else {
            buf[len++] = (byte) (0xE0 | c >> 12);
            buf[len++] = (byte) (0x80 | c >> 6 & 0x3F);
            buf[len++] = (byte) (0x80 | c & 0x3F);
        }
    }

    private void room(int n) {
        if (len + n > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + n));
        }
    }

    /** Bytes collected so far. */
    int size() {
        return len;
    }

    /** Forgets what was collected. */
    void clear() {
        len = 0;
        high = 0;
    }

    /** What was collected, decoded (for callers that want a tree of it). */
    String text() {
        return new String(buf, 0, len, StandardCharsets.UTF_8);
    }

    /** Writes what was collected to {@code out} and starts over. */
    void drainTo(OutputStream out) throws IOException {
        if (high != 0) {
            high = 0;
            room(1);
            buf[len++] = '?';
        }
        out.write(buf, 0, len);
        len = 0;
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
