package org.tandai.suggest;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The proper-name rules of one language, read from {@code names-LANG.json} (decision 1020): title
 * words, the head words of organisations, media and places, well-known places and media, event
 * heads, date words and the words that open a sentence without being names. Data, not code: a rule
 * is extended by adding words to the file. Immutable once read; phrases are lower-case word lists.
 */
public final class NameRules {
    /** Phrases (lower-case word lists) by their first word, longest first: one map look-up per token. */
    static final class Phrases {
        private final Map<String, List<List<String>>> byFirst = new HashMap<>();

        Phrases(List<List<String>> phrases) {
            for (List<String> p : phrases) {
                byFirst.computeIfAbsent(p.get(0), k -> new ArrayList<>()).add(p);
            }
            byFirst.values().forEach(l -> l.sort((a, b) -> b.size() - a.size()));
        }

        /** Words of the longest phrase at {@code words[i…limit)}, or 0. */
        int match(String[] words, int i, int limit) {
            List<List<String>> candidates = i < limit ? byFirst.get(words[i]) : null;
            if (candidates == null) {
                return 0;
            }
            for (List<String> p : candidates) {
                if (i + p.size() <= limit && startsWith(words, i, p)) {
                    return p.size();
                }
            }
            return 0;
        }
    }

    private final Set<String> titles;
    private final Phrases organizationHeads;
    private final Phrases organizationBeforeName;
    private final Phrases mediaHeads;
    private final Phrases placeHeads;
    private final Phrases placeQualifiers;
    private final Phrases eventHeads;
    private final Map<List<String>, String> known = new HashMap<>();
    private final Phrases knownPhrases;
    private final Set<String> days;
    private final Set<String> months;
    private final Phrases datePrefixes;
    private final Phrases relativeDates;
    private final Set<String> notNames;

    private NameRules(JsonObject o, String where) {
        titles = new HashSet<>(Lexicon.lowerList(o, "titles"));
        organizationHeads = new Phrases(phrases(o, "organizationHeads"));
        organizationBeforeName = new Phrases(phrases(o, "organizationBeforeName"));
        mediaHeads = new Phrases(phrases(o, "mediaHeads"));
        placeHeads = new Phrases(phrases(o, "placeHeads"));
        placeQualifiers = new Phrases(phrases(o, "placeQualifiers"));
        eventHeads = new Phrases(phrases(o, "eventHeads"));
        for (List<String> p : phrases(o, "places")) {
            known.put(p, "LOCATION");
        }
        for (List<String> p : phrases(o, "media")) {
            known.put(p, "MEDIA");
        }
        knownPhrases = new Phrases(new ArrayList<>(known.keySet()));
        JsonObject dates = o.getAsJsonObject("dates");
        if (dates == null) {
            throw new JsonParseException(where + ": dates: missing");
        }
        days = new HashSet<>(Lexicon.lowerList(dates, "days"));
        months = new HashSet<>(Lexicon.lowerList(dates, "months"));
        datePrefixes = new Phrases(phrases(dates, "prefixes"));
        relativeDates = new Phrases(phrases(dates, "relative"));
        notNames = new HashSet<>(Lexicon.lowerList(o, "notNames"));
    }

    /** The built-in rules for a language, or null when there are none. */
    public static NameRules builtIn(String language) {
        String name = "names-" + language + ".json";
        try (InputStream in = NameRules.class.getResourceAsStream(name)) {
            return in == null ? null : read(new InputStreamReader(in, StandardCharsets.UTF_8), name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads rules; {@code where} names the file in messages ("WHERE: FIELD: message"). */
    public static NameRules read(Reader reader, String where) {
        JsonElement root = JsonParser.parseReader(reader);
        if (!root.isJsonObject()) {
            throw new JsonParseException(where + ": not a JSON object");
        }
        try {
            return new NameRules(root.getAsJsonObject(), where);
        } catch (IllegalStateException | ClassCastException e) {
            throw new JsonParseException(where + ": " + e.getMessage(), e);
        }
    }

    /** Phrases as word lists, longest first, so the longest one matches. */
    private static List<List<String>> phrases(JsonObject o, String key) {
        List<List<String>> out = new ArrayList<>();
        for (String s : Lexicon.lowerList(o, key)) {
            out.add(List.of(s.trim().split("\\s+")));
        }
        out.sort((a, b) -> b.size() - a.size());
        return out;
    }

    private static boolean startsWith(String[] words, int i, List<String> p) {
        for (int k = 0; k < p.size(); k++) {
            if (!words[i + k].equals(p.get(k))) {
                return false;
            }
        }
        return true;
    }

    boolean isTitle(String word) {
        return titles.contains(word);
    }

    boolean isNotName(String word) {
        return notNames.contains(word);
    }

    boolean isDay(String word) {
        return days.contains(word);
    }

    boolean isMonth(String word) {
        return months.contains(word);
    }

    Phrases organizationHeads() {
        return organizationHeads;
    }

    Phrases organizationBeforeName() {
        return organizationBeforeName;
    }

    Phrases mediaHeads() {
        return mediaHeads;
    }

    Phrases placeHeads() {
        return placeHeads;
    }

    Phrases placeQualifiers() {
        return placeQualifiers;
    }

    Phrases eventHeads() {
        return eventHeads;
    }

    Phrases datePrefixes() {
        return datePrefixes;
    }

    Phrases relativeDates() {
        return relativeDates;
    }

    /** The longest well-known place or medium at {@code words[i…limit)}: its word count and type, or null. */
    Map.Entry<Integer, String> knownAt(String[] words, int i, int limit) {
        int n = knownPhrases.match(words, i, limit);
        return n == 0 ? null : Map.entry(n, known.get(Arrays.asList(words).subList(i, i + n)));
    }
}
