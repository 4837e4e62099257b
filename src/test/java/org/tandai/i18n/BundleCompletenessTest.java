package org.tandai.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The two bundles cover the same keys: a text missing in either language, an empty value, a
 * placeholder one language has and the other lacks, or a lone apostrophe in a value that is
 * formatted (MessageFormat would swallow it and the placeholders after it) fails the build.
 */
class BundleCompletenessTest {
    private static final String EN = "org/tandai/i18n/messages.properties";
    private static final String ID = "org/tandai/i18n/messages_id.properties";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

    @Test
    void everyKeyIsInBothLanguages() throws IOException {
        Map<String, String> en = read(EN);
        Map<String, String> id = read(ID);
        Set<String> onlyEn = new TreeSet<>(en.keySet());
        onlyEn.removeAll(id.keySet());
        Set<String> onlyId = new TreeSet<>(id.keySet());
        onlyId.removeAll(en.keySet());
        assertTrue(onlyEn.isEmpty(), "missing from messages_id.properties: " + onlyEn);
        assertTrue(onlyId.isEmpty(), "missing from messages.properties: " + onlyId);
        assertTrue(en.size() > 100, "the window's texts are in the bundle: " + en.size() + " keys");
    }

    @Test
    void noValueIsEmpty() throws IOException {
        for (String file : List.of(EN, ID)) {
            List<String> empty = read(file).entrySet().stream().filter(e -> e.getValue().isBlank()).map(Map.Entry::getKey)
                    .toList();
            assertTrue(empty.isEmpty(), file + ": empty values for " + empty);
        }
    }

    @Test
    void placeholdersAreTheSameInBothLanguages() throws IOException {
        Map<String, String> en = read(EN);
        Map<String, String> id = read(ID);
        List<String> differ = new ArrayList<>();
        for (Map.Entry<String, String> e : en.entrySet()) {
            if (id.containsKey(e.getKey()) && !placeholders(e.getValue()).equals(placeholders(id.get(e.getKey())))) {
                differ.add(e.getKey() + ": " + placeholders(e.getValue()) + " vs " + placeholders(id.get(e.getKey())));
            }
        }
        assertTrue(differ.isEmpty(), "placeholders differ: " + differ);
    }

    @Test
    void apostrophesAreDoubledInFormattedValues() throws IOException {
        for (String file : List.of(EN, ID)) {
            List<String> lone = new ArrayList<>();
            read(file).forEach((k, v) -> {
                if (!placeholders(v).isEmpty() && v.replace("''", "").contains("'")) {
                    lone.add(k);
                }
            });
            assertTrue(lone.isEmpty(), file + ": a single apostrophe in a value with placeholders (write '') in " + lone);
        }
    }

    @Test
    void noKeyIsWrittenTwice() throws IOException {
        for (String file : List.of(EN, ID)) {
            Set<String> seen = new HashSet<>();
            List<String> twice = new ArrayList<>();
            for (String line : text(file).split("\n")) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#") || line.startsWith(" ") || line.startsWith("\t")) {
                    continue;
                }
                int eq = l.indexOf('=');
                String key = (eq < 0 ? l : l.substring(0, eq)).strip();
                if (!seen.add(key)) {
                    twice.add(key);
                }
            }
            assertTrue(twice.isEmpty(), file + ": keys written twice (the later one wins silently): " + twice);
        }
    }

    @Test
    void theDetectorsCatchWhatTheyShould() {
        assertEquals(Set.of("0", "1"), placeholders("{0} of {1,number,integer}"));
        assertTrue(placeholders("no arguments").isEmpty());
        assertTrue("can't {0}".replace("''", "").contains("'"));
        assertTrue(!"can''t {0}".replace("''", "").contains("'"));
    }

    private static Set<String> placeholders(String value) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(value);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static Map<String, String> read(String resource) throws IOException {
        Properties p = new Properties();
        p.load(new StringReader(text(resource)));
        Map<String, String> map = new TreeMap<>();
        p.forEach((k, v) -> map.put((String) k, (String) v));
        return map;
    }

    private static String text(String resource) throws IOException {
        try (InputStream in = BundleCompletenessTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertTrue(in != null, "no " + resource + " on the class path");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        }
    }
}
