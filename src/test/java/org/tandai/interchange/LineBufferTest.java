package org.tandai.interchange;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LineBufferTest {
    @ParameterizedTest
    @ValueSource(strings = {"plain ascii", "Über café ß", "€ and 中文", "astral 𝄞😀 pair", "lone high \uD834 then text",
        "lone low \uDD1E here", "ends on a high \uD834", "\uDD1E\uD834\uD834\uDD1E", "",
        "a long run of more than sixty-four characters, ascii only, then an astral 𝄞 and é at the end",
        "a long run of more than sixty-four characters that ends in the first half of a pair \uD834",
        "\uDD1E a long run of more than sixty-four characters that starts with a lone low surrogate"})
    void writesWhatStringGetBytesWrites(String s) throws IOException {
        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        LineBuffer b = new LineBuffer();
        b.write(s);
        b.drainTo(whole);
        assertArrayEquals(s.getBytes(StandardCharsets.UTF_8), whole.toByteArray(), "one call");
        // The same string one char at a time and in two halves (a pair may be split between calls).
        ByteArrayOutputStream pieces = new ByteArrayOutputStream();
        for (char c : s.toCharArray()) {
            b.write(c);
        }
        b.write(s, 0, s.length() / 2);
        b.append(s.substring(s.length() / 2));
        b.drainTo(pieces);
        assertArrayEquals((s + s).getBytes(StandardCharsets.UTF_8), pieces.toByteArray(), "in pieces");
    }
}
