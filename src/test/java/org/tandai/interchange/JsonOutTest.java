package org.tandai.interchange;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** JsonOut writes the bytes Gson writes for the same value, pretty and compact (decision 1215). */
class JsonOutTest {
    private static final String ODD = "\"\\/\t\b\n\r\f\u0000\u0001\u001f\u007f <>&='é€😀\u2028\u2029\ud800x\udc00";

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void randomValuesComeOutAsGsonWritesThem(boolean pretty) throws IOException {
        Random random = new Random(1215);
        for (int i = 0; i < 300; i++) {
            JsonElement value = random(random, 0);
            String gson = pretty ? Json.pretty(value) : Json.compact(value);
            assertArrayEquals(gson.getBytes(StandardCharsets.UTF_8), write(value, pretty), gson);
        }
    }

    @Test
    void nullMembersAreLeftOutAndNullElementsKept() throws IOException {
        LineBuffer b = new LineBuffer();
        new JsonOut(b, false).beginObject().name("a").value((String) null).name("b").beginArray().nullValue()
                .value(1).endArray().endObject();
        assertEquals("{\"b\":[null,1]}", b.text());
    }

    @Test
    void elementsWrittenApartAreIndentedAsInTheirArray() throws IOException {
        LineBuffer inner = new LineBuffer();
        LineBuffer outer = new LineBuffer();
        JsonOut w = new JsonOut(outer, true);
        JsonOut items = JsonOut.elementsAt(inner, w, 2);
        items.beginObject().name("x").value("a").endObject();
        items.value(2);
        w.beginObject().name("list").beginArray().elements(items, inner).endArray().endObject();
        JsonObject expected = new JsonObject();
        JsonArray list = new JsonArray();
        JsonObject x = new JsonObject();
        x.addProperty("x", "a");
        list.add(x);
        list.add(2);
        expected.add("list", list);
        assertEquals(Json.pretty(expected), outer.text());
    }

    @Test
    void linesAtStartsEachElementAtThatNestingOnANewLine() throws IOException {
        LineBuffer b = new LineBuffer();
        JsonOut w = JsonOut.linesAt(b, 2);
        w.beginObject().name("items").beginArray().beginObject().name("a").beginArray().value(1).endArray().endObject()
                .value(2).endArray().name("n").value(0).endObject();
        assertEquals("{\"items\":[\n{\"a\":[1]},\n2],\"n\":0}", b.text());
    }

    @Test
    void aSliceIsWrittenWithoutTheRestOfTheString() throws IOException {
        LineBuffer b = new LineBuffer();
        new JsonOut(b, false).beginArray().value("ab\"c😀d", 1, 6).endArray();
        assertEquals("[\"b\\\"c😀\"]", b.text());
    }

    private static byte[] write(JsonElement value, boolean pretty) throws IOException {
        LineBuffer b = new LineBuffer();
        walk(new JsonOut(b, pretty), value);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        b.drainTo(bytes);
        return bytes.toByteArray();
    }

    private static void walk(JsonOut w, JsonElement e) {
        if (e.isJsonNull()) {
            w.nullValue();
        } else if (e instanceof JsonPrimitive p) {
            if (p.isNumber()) {
                w.value(p.getAsLong());
            } else {
                w.value(p.getAsString());
            }
        } else if (e instanceof JsonArray a) {
            w.beginArray();
            a.forEach(x -> walk(w, x));
            w.endArray();
        } else {
            w.beginObject();
            for (Map.Entry<String, JsonElement> m : e.getAsJsonObject().entrySet()) {
                w.name(m.getKey());
                walk(w, m.getValue());
            }
            w.endObject();
        }
    }

    private static JsonElement random(Random r, int depth) {
        int kind = depth > 3 ? r.nextInt(3) : r.nextInt(5);
        switch (kind) {
            case 0:
                return new JsonPrimitive(string(r));
            case 1:
                return new JsonPrimitive(r.nextInt(3) == 0 ? -r.nextInt(1000) : r.nextInt());
            case 2:
                return JsonNull.INSTANCE;
            case 3: {
                JsonArray a = new JsonArray();
                for (int i = r.nextInt(4); i > 0; i--) {
                    a.add(random(r, depth + 1));
                }
                return a;
            }
            default: {
                JsonObject o = new JsonObject();
                for (int i = r.nextInt(4); i > 0; i--) {
                    o.add(string(r), random(r, depth + 1));
                }
                return o;
            }
        }
    }

    private static String string(Random r) {
        StringBuilder sb = new StringBuilder();
        for (int i = r.nextInt(r.nextInt(10) == 0 ? 200 : 12); i > 0; i--) {
            sb.append(r.nextInt(3) == 0 ? ODD.charAt(r.nextInt(ODD.length())) : (char) ('a' + r.nextInt(26)));
        }
        return sb.toString();
    }
}
