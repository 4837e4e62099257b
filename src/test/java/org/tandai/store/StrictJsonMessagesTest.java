package org.tandai.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 14, item 7: a JSON syntax error is told in the user's terms with the line and column of
 * the offending character, never with Gson's advice to its programmers ("Use
 * JsonReader.setStrictness(Strictness.LENIENT) to accept malformed JSON", "path $.a").
 */
class StrictJsonMessagesTest {
    /** Words of Gson's own messages that must never reach a user. */
    static final List<String> LEAKS = List.of("setStrictness", "LENIENT", "Strictness", "JsonReader", "path $",
            "MalformedJson", "gson", "Troubleshooting", "Use ");

    static void assertNoLeak(String text) {
        for (String leak : LEAKS) {
            assertFalse(text.contains(leak), "leaks \"" + leak + "\": " + text);
        }
    }

    static Stream<Arguments> syntaxErrors() {
        return Stream.of(
                Arguments.of("empty file", "", "line 1, column 1", "the file is empty"),
                Arguments.of("only blanks", "  \n ", "line 1, column 1", "the file is empty"),
                Arguments.of("truncated", "{\"a\": [1, 2", "line 1, column 11", "the file ends early (truncated?)"),
                Arguments.of("unterminated string", "{\"a\": \"abc", "line 1, column 10", "the file ends early (truncated?)"),
                Arguments.of("missing comma in object", "{\"a\": 1\n \"b\": 2}", "line 2, column 2",
                        "expected ',' or '}' after a value in an object, found '\"' (a missing comma?)"),
                Arguments.of("missing comma in array", "{\"a\": [1 2]}", "line 1, column 10",
                        "expected ',' or ']' after a value in an array, found '2' (a missing comma?)"),
                Arguments.of("bracket left open", "{\"a\": [1, 2}", "line 1, column 12",
                        "expected ',' or ']' after a value in an array, found '}' (a bracket left open?)"),
                Arguments.of("missing colon", "{\"a\" 1}", "line 1, column 6", "expected ':' after the name, found '1' (a missing colon?)"),
                Arguments.of("trailing garbage", "{\"a\": 1} x", "line 1, column 10",
                        "unexpected 'x' after the end of the JSON value; a file holds exactly one value"),
                Arguments.of("second object", "{\"a\": 1}\n{\"b\": 2}", "line 2, column 1",
                        "unexpected '{' after the end of the JSON value; a file holds exactly one value"),
                Arguments.of("bare word value", "{\"a\": hello}", "line 1, column 7",
                        "unexpected word hello: text must be in double quotes (\"hello\"); true, false and null are lowercase"),
                Arguments.of("bare word alone", "hello", "line 1, column 1",
                        "unexpected word hello: text must be in double quotes (\"hello\"); true, false and null are lowercase"),
                Arguments.of("capitalised keyword", "{\"a\": True}", "line 1, column 7",
                        "unexpected word True: text must be in double quotes (\"True\"); true, false and null are lowercase"),
                Arguments.of("unquoted name", "{a: 1}", "line 1, column 2", "the name a must be in double quotes (\"a\")"),
                Arguments.of("single quotes", "{'a': 1}", "line 1, column 2", "single quotes are not JSON; use double quotes"),
                Arguments.of("comment", "// note\n{}", "line 1, column 1", "comments are not allowed in JSON"),
                Arguments.of("NaN", "{\"a\": NaN}", "line 1, column 7", "NaN and Infinity are not JSON numbers"),
                Arguments.of("leading zero", "{\"a\": 01}", "line 1, column 7", "invalid number 01"),
                Arguments.of("trailing comma in array", "[1,]", "line 1, column 4", "unexpected ']' (a trailing comma before it?)"),
                Arguments.of("trailing comma in object", "{\"a\": 1,}", "line 1, column 9",
                        "expected a name in double quotes, found '}' (a trailing comma before it?)"),
                Arguments.of("double comma", "{\n  \"version\": 1,,\n}", "line 2, column 16",
                        "unexpected ','"),
                Arguments.of("bad escape", "{\"a\": \"x\\q\"}", "line 1, column 10",
                        "invalid escape in a string: after a backslash only \\\" \\\\ / b f n r t or uXXXX may follow"),
                Arguments.of("line break in string", "{\"a\": \"line\nbreak\"}", "line 1, column 7",
                        "a string contains a line break, tab or other control character; write it as \\n, \\t or \\uXXXX"),
                Arguments.of("closing bracket first", "]", "line 1, column 1", "unexpected ']'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("syntaxErrors")
    void syntaxErrorIsToldInTheUsersTermsWithLineAndColumn(String what, String json, String location, String message) {
        SidecarReader.Result r = SidecarReader.read("f.json", json);
        assertTrue(r.syntaxError(), what);
        Problem p = r.problems().get(0);
        assertEquals("f.json: " + location + ": invalid JSON: " + message, p.toString());
        assertNoLeak(p.toString());
    }

    @Test
    void anErrorDeepInALargeFileIsStillLocatedAndExplained() {
        StringBuilder sb = new StringBuilder("{\"entities\": [\n");
        for (int i = 0; i < 5000; i++) {
            sb.append("  {\"id\": \"e").append(i).append("\", \"name\": \"somebody with a long name\"},\n");
        }
        sb.append("  {\"id\": \"e5000\", \"name\": nobody}\n]}\n");
        SidecarReader.Result r = SidecarReader.read("f.json", new StringReader(sb.toString()));
        assertEquals("f.json: line 5002, column 27: invalid JSON: unexpected word nobody: text must be in double quotes "
                + "(\"nobody\"); true, false and null are lowercase", r.problems().get(0).toString());
    }

    @Test
    void everyOtherJsonFileOfACorpusIsReportedTheSameWay(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve(TagSetStore.FILE_NAME), "{\"entityTypes\": [{name: \"X\"}]}");
        Files.writeString(dir.resolve(CorpusMarks.FILE_NAME), "{\"done\": [\"a.txt\"]} }");
        Problem tags = TagSetStore.load(dir).problems().get(0);
        assertEquals(dir.resolve(TagSetStore.FILE_NAME) + ": line 1, column 19: cannot read the tag set "
                + "(invalid JSON: the name name must be in double quotes (\"name\")); using the built-in one", tags.toString());
        StoreException marks = org.junit.jupiter.api.Assertions.assertThrows(StoreException.class, () -> CorpusMarks.load(dir));
        assertEquals(dir.resolve(CorpusMarks.FILE_NAME) + ": line 1, column 21: cannot read the corpus marks "
                + "(invalid JSON: unexpected '}' after the end of the JSON value; a file holds exactly one value)",
                marks.problem().toString());
    }
}
