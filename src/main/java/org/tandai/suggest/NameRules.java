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
    private final Set<String> titles;
    private final List<List<String>> organizationHeads;
    private final List<List<String>> organizationBeforeName;
    private final List<List<String>> mediaHeads;
    private final List<List<String>> placeHeads;
    private final List<List<String>> placeQualifiers;
    private final List<List<String>> eventHeads;
    private final Map<List<String>, String> known = new HashMap<>();
    private final Set<String> days;
    private final Set<String> months;
    private final List<List<String>> datePrefixes;
    private final List<List<String>> relativeDates;
    private final Set<String> notNames;

    private NameRules(JsonObject o, String where) {
        titles = new HashSet<>(list(o, "titles"));
        organizationHeads = phrases(o, "organizationHeads");
        organizationBeforeName = phrases(o, "organizationBeforeName");
        mediaHeads = phrases(o, "mediaHeads");
        placeHeads = phrases(o, "placeHeads");
        placeQualifiers = phrases(o, "placeQualifiers");
        eventHeads = phrases(o, "eventHeads");
        for (List<String> p : phrases(o, "places")) {
            known.put(p, "LOCATION");
        }
        for (List<String> p : phrases(o, "media")) {
            known.put(p, "MEDIA");
        }
        JsonObject dates = o.getAsJsonObject("dates");
        if (dates == null) {
            throw new JsonParseException(where + ": dates: missing");
        }
        days = new HashSet<>(list(dates, "days"));
        months = new HashSet<>(list(dates, "months"));
        datePrefixes = phrases(dates, "prefixes");
        relativeDates = phrases(dates, "relative");
        notNames = new HashSet<>(list(o, "notNames"));
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

    private static List<String> list(JsonObject o, String key) {
        List<String> out = new ArrayList<>();
        JsonArray a = o.getAsJsonArray(key);
        if (a != null) {
            for (JsonElement e : a) {
                out.add(e.getAsString().toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    /** Phrases as word lists, longest first, so the longest one matches. */
    private static List<List<String>> phrases(JsonObject o, String key) {
        List<List<String>> out = new ArrayList<>();
        for (String s : list(o, key)) {
            out.add(List.of(s.trim().split("\\s+")));
        }
        out.sort((a, b) -> b.size() - a.size());
        return out;
    }

    /** Words of the longest phrase of {@code list} at {@code words[i…]}, or 0. */
    static int match(List<List<String>> list, String[] words, int i, int limit) {
        for (List<String> p : list) {
            if (i + p.size() <= limit && startsWith(words, i, p)) {
                return p.size();
            }
        }
        return 0;
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

    List<List<String>> organizationHeads() {
        return organizationHeads;
    }

    List<List<String>> organizationBeforeName() {
        return organizationBeforeName;
    }

    List<List<String>> mediaHeads() {
        return mediaHeads;
    }

    List<List<String>> placeHeads() {
        return placeHeads;
    }

    List<List<String>> placeQualifiers() {
        return placeQualifiers;
    }

    List<List<String>> eventHeads() {
        return eventHeads;
    }

    List<List<String>> datePrefixes() {
        return datePrefixes;
    }

    List<List<String>> relativeDates() {
        return relativeDates;
    }

    /** The longest well-known place or medium at {@code words[i…limit)}: its word count and type, or null. */
    Map.Entry<Integer, String> knownAt(String[] words, int i, int limit) {
        for (int n = Math.min(4, limit - i); n >= 1; n--) {
            String type = known.get(List.of(words).subList(i, i + n));
            if (type != null) {
                return Map.entry(n, type);
            }
        }
        return null;
    }
}
