package org.tandai.fuzz;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Seeded random mutations of a valid sidecar: byte-level damage (flips, cuts, splices,
 * truncation) and structure-aware changes (values of the wrong type, extreme and reversed offsets,
 * missing keys, duplicated and renamed ids, deep nesting, odd Unicode). The same seed always gives
 * the same input, so a failure can be replayed from its case number.
 */
final class SidecarMutator {
    private static final String[] STRINGS = {"", "e1", "e2", "c1", "s1", "s2", "e99", "\ud83d", "\ude00", "😀",
            "../x.txt", "a/b", "review", "orphaned", "2026-11-24T10:15:00Z", "not a date", "PERSON", "unverified",
            "\u0000", "\u202e", "x".repeat(300)};
    private static final long[] NUMBERS = {0, 1, -1, 2, 53, 79, 86, 119, 120, 1000, Integer.MAX_VALUE,
            Integer.MIN_VALUE, Long.MAX_VALUE, -999_999_999_999L};

    private final Random rnd;
    private final String valid;

    SidecarMutator(long seed, String valid) {
        this.rnd = new Random(seed);
        this.valid = valid;
    }

    String bytes() {
        byte[] b = valid.getBytes(StandardCharsets.UTF_8);
        int ops = 1 + rnd.nextInt(4);
        for (int k = 0; k < ops && b.length >= 4; k++) {
            int at = rnd.nextInt(b.length);
            switch (rnd.nextInt(5)) {
                case 0 -> b[at] = (byte) rnd.nextInt(256);
                case 1 -> b = cut(b, at, Math.min(b.length, at + 1 + rnd.nextInt(40)));
                case 2 -> b = splice(b, at, java.util.Arrays.copyOfRange(b, rnd.nextInt(b.length / 2), b.length / 2 + rnd.nextInt(b.length / 2)));
                case 3 -> b = java.util.Arrays.copyOf(b, at);
                default -> b = splice(b, at, "{[\",:]}\\".substring(rnd.nextInt(8)).getBytes(StandardCharsets.UTF_8));
            }
        }
        return new String(b, StandardCharsets.UTF_8);
    }

    String structure() {
        JsonElement root = JsonParser.parseString(valid);
        int ops = 1 + rnd.nextInt(5);
        for (int k = 0; k < ops; k++) {
            List<Slot> slots = new ArrayList<>();
            collect(root, slots);
            if (slots.isEmpty()) {
                break;
            }
            Slot s = slots.get(rnd.nextInt(slots.size()));
            switch (rnd.nextInt(6)) {
                case 0 -> s.set(randomValue(0));
                case 1 -> s.remove();
                case 2 -> s.set(nudge(s.get()));
                case 3 -> s.set(deep(1 + rnd.nextInt(rnd.nextBoolean() ? 50 : 400)));
                case 4 -> s.duplicate();
                default -> s.set(new JsonPrimitive(STRINGS[rnd.nextInt(STRINGS.length)]));
            }
        }
        return root.toString();
    }

    private JsonElement nudge(JsonElement e) {
        if (e.isJsonPrimitive() && e.getAsJsonPrimitive().isNumber()) {
            long v = e.getAsLong();
            return new JsonPrimitive(rnd.nextBoolean() ? v + rnd.nextInt(5) - 2 : NUMBERS[rnd.nextInt(NUMBERS.length)]);
        }
        return randomValue(0);
    }

    private JsonElement deep(int depth) {
        JsonElement e = new JsonPrimitive(1);
        for (int i = 0; i < depth; i++) {
            JsonArray a = new JsonArray();
            a.add(e);
            e = a;
        }
        return e;
    }

    private JsonElement randomValue(int depth) {
        switch (rnd.nextInt(depth > 2 ? 4 : 6)) {
            case 0:
                return JsonNull.INSTANCE;
            case 1:
                return new JsonPrimitive(rnd.nextBoolean());
            case 2:
                return rnd.nextBoolean() ? new JsonPrimitive(NUMBERS[rnd.nextInt(NUMBERS.length)])
                        : new JsonPrimitive(rnd.nextDouble() * 1e6 - 5e5);
            case 3:
                return new JsonPrimitive(STRINGS[rnd.nextInt(STRINGS.length)]);
            case 4: {
                JsonArray a = new JsonArray();
                for (int i = rnd.nextInt(3); i > 0; i--) {
                    a.add(randomValue(depth + 1));
                }
                return a;
            }
            default: {
                JsonObject o = new JsonObject();
                String[] keys = {"start", "end", "exact", "id", "mentions", "span", "via", "claims"};
                for (int i = rnd.nextInt(4); i > 0; i--) {
                    o.add(keys[rnd.nextInt(keys.length)], randomValue(depth + 1));
                }
                return o;
            }
        }
    }

    /** A place in the tree that can be replaced, removed or duplicated. */
    private interface Slot {
        JsonElement get();

        void set(JsonElement e);

        void remove();

        void duplicate();
    }

    private static void collect(JsonElement e, List<Slot> out) {
        if (e.isJsonObject()) {
            JsonObject o = e.getAsJsonObject();
            for (Map.Entry<String, JsonElement> entry : new ArrayList<>(o.entrySet())) {
                String key = entry.getKey();
                out.add(new Slot() {
                    public JsonElement get() {
                        return o.has(key) ? o.get(key) : JsonNull.INSTANCE;
                    }

                    public void set(JsonElement v) {
                        o.add(key, v);
                    }

                    public void remove() {
                        o.remove(key);
                    }

                    public void duplicate() {
                        o.add(key + "Copy", get().deepCopy());
                    }
                });
                collect(entry.getValue(), out);
            }
        } else if (e.isJsonArray()) {
            JsonArray a = e.getAsJsonArray();
            for (int i = 0; i < a.size(); i++) {
                int index = i;
                out.add(new Slot() {
                    public JsonElement get() {
                        return index < a.size() ? a.get(index) : JsonNull.INSTANCE;
                    }

                    public void set(JsonElement v) {
                        if (index < a.size()) {
                            a.set(index, v);
                        }
                    }

                    public void remove() {
                        if (index < a.size()) {
                            a.remove(index);
                        }
                    }

                    public void duplicate() {
                        a.add(get().deepCopy());
                    }
                });
                collect(a.get(i), out);
            }
        }
    }

    private static byte[] cut(byte[] b, int from, int to) {
        byte[] out = new byte[b.length - (to - from)];
        System.arraycopy(b, 0, out, 0, from);
        System.arraycopy(b, to, out, from, b.length - to);
        return out;
    }

    private static byte[] splice(byte[] b, int at, byte[] insert) {
        byte[] out = new byte[b.length + insert.length];
        System.arraycopy(b, 0, out, 0, at);
        System.arraycopy(insert, 0, out, at, insert.length);
        System.arraycopy(b, at, out, at + insert.length, b.length - at);
        return out;
    }
}
