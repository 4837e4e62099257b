package org.tandai.store;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import org.tandai.model.Annotation;
import org.tandai.model.Span;

/** Constants of the sidecar format and the canonical order of annotations. Documented in docs/format.md. */
public final class SidecarFormat {
    public static final String FORMAT = "tandai-annotations";
    /** The version Tandai writes; {@code Migrations.CURRENT}, where the migration chain ends, is the same (tested). */
    public static final int VERSION = 2;
    public static final String OFFSET_UNIT = "codepoint";
    public static final String NORMALIZATION = "LF,noBOM";
    public static final String SUFFIX = ".annotations.json";
    public static final String BACKUP_SUFFIX = SUFFIX + ".bak";
    /** The copy of a version 1 file that its first save at version 2 keeps, never overwritten (decision 0811). */
    public static final String V1_BACKUP_SUFFIX = SUFFIX + ".v1.bak";

    /**
     * Annotations sorted by position (start, then end of their first span), then id. Relations have
     * no span and so sort by id alone (natural order: r2 before r10).
     */
    public static final Comparator<Annotation> ORDER = (a, b) -> {
        int c = Span.compare(a.anchorSpan(), b.anchorSpan());
        return c != 0 ? c : compareIds(a.id(), b.id());
    };

    private SidecarFormat() {
    }

    /**
     * The top-level "version" of a sidecar on disk, reading only up to it (it is the second key
     * of every file Tandai writes), or -1 when the file cannot be read that far. Lets a save refuse
     * to overwrite a newer format at almost no cost; an unreadable file was already loaded read-only.
     */
    public static int peekVersion(Path sidecar) {
        try (JsonReader r = new JsonReader(Files.newBufferedReader(sidecar, StandardCharsets.UTF_8))) {
            r.setStrictness(Strictness.STRICT);
            if (r.peek() == JsonToken.BEGIN_OBJECT) {
                r.beginObject();
                while (r.hasNext()) {
                    String key = r.nextName();
                    if (key.equals("version") && r.peek() == JsonToken.NUMBER) {
                        return (int) Math.min(Integer.MAX_VALUE, r.nextLong());
                    }
                    r.skipValue();
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    /** How many entities, claims, sources and relations a sidecar holds, as {@link #count} reads them. */
    public record Counts(int entities, int claims, int sources, int relations) {
    }

    /**
     * Counts a sidecar's annotations by walking its tokens without building anything: what a
     * corpus list needs for each of thousands of files, at a fraction of a full load. Returns null
     * when the file is not well-formed JSON of the expected shape (the full load then reports
     * where); it does not validate, so a file that counts may still have problems.
     */
    public static Counts count(Path sidecar) {
        int[] n = new int[4];
        try {
            if (Files.size(sidecar) > Limits.MAX_SIDECAR_BYTES) {
                return null;
            }
        } catch (IOException e) {
            return null;
        }
        try (JsonReader r = new JsonReader(Files.newBufferedReader(sidecar, StandardCharsets.UTF_8))) {
            r.setStrictness(Strictness.STRICT);
            r.beginObject();
            while (r.hasNext()) {
                int slot = switch (r.nextName()) {
                    case "entities" -> 0;
                    case "claims" -> 1;
                    case "sources" -> 2;
                    case "relations" -> 3;
                    default -> -1;
                };
                if (slot < 0 || r.peek() != JsonToken.BEGIN_ARRAY) {
                    r.skipValue();
                    continue;
                }
                r.beginArray();
                while (r.hasNext()) {
                    r.skipValue();
                    n[slot]++;
                }
                r.endArray();
            }
            r.endObject();
            if (r.peek() != JsonToken.END_DOCUMENT) {
                return null;
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
        return new Counts(n[0], n[1], n[2], n[3]);
    }

    /** Compares ids so that e2 sorts before e10: the prefix as text, then the number, then the rest. */
    public static int compareIds(String a, String b) {
        int i = 0;
        while (i < a.length() && i < b.length() && !Character.isDigit(a.charAt(i)) && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        int na = digitsEnd(a, i);
        int nb = digitsEnd(b, i);
        if (na > i && nb > i) {
            int c = Integer.compare(na - i, nb - i);
            if (c == 0) {
                c = a.substring(i, na).compareTo(b.substring(i, nb));
            }
            if (c != 0) {
                return c;
            }
        }
        return a.compareTo(b);
    }

    private static int digitsEnd(String s, int from) {
        int j = from;
        while (j < s.length() && Character.isDigit(s.charAt(j))) {
            j++;
        }
        return j;
    }
}
