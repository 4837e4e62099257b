package org.tandai.interchange;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * An unsynchronized writer collecting one record (a JSONL line, a task) in a reused
 * {@link StringBuilder}, then handing it to the output as UTF-8 bytes in one call. Gson's
 * {@code JsonWriter} makes a call per token; on a {@code BufferedWriter} each of them takes a lock
 * and goes through a charset encoder, which cost about as much as building the record.
 */
final class LineBuffer extends Writer {
    private final StringBuilder sb = new StringBuilder(1 << 14);

    @Override
    public void write(int c) {
        sb.append((char) c);
    }

    @Override
    public void write(char[] buf, int off, int len) {
        sb.append(buf, off, len);
    }

    @Override
    public void write(String str, int off, int len) {
        sb.append(str, off, off + len);
    }

    @Override
    public Writer append(CharSequence csq) {
        sb.append(csq);
        return this;
    }

    @Override
    public Writer append(char c) {
        sb.append(c);
        return this;
    }

    /** Writes what was collected to {@code out} as UTF-8 and starts over. */
    void drainTo(OutputStream out) throws IOException {
        out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
        sb.setLength(0);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
