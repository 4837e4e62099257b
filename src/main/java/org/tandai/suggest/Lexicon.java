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
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The attribution rules of one language, read from {@code lexicon-LANG.json} (decision 1001): cue
 * forms with their direction and type, the words around cues, the quote marks. Immutable once
 * read; a cue form may have several words ("according to"), matched token by token.
 */
public final class Lexicon {
    /** Where the speaker stands relative to the cue. */
    public enum Direction { BEFORE, AFTER, EITHER }

    /** What a cue does: reports speech, reports it in the passive, introduces "according to", relays, or refers back. */
    public enum CueType { SPEECH, PASSIVE, ACCORDING, RELAY, ANAPHORIC }

    /** One cue form: its words (lower case), where the speaker is, what it does, and whether it needs a quote or comma next to it. */
    public record Cue(List<String> words, Direction direction, CueType type, boolean onlyNearQuoteOrComma) {
    }

    private final String language;
    private final Set<String> complementizers;
    private final boolean complementizerInCue;
    private final Set<String> pronouns;
    private final Set<String> relativeMarkers;
    private final Set<String> skipBeforeCue;
    private final List<String> anonymous;
    private final List<String> media;
    private final List<String> quotePairs;
    /** Cues by their first word, longest first. */
    private final Map<String, List<Cue>> byFirstWord = new HashMap<>();

    private Lexicon(JsonObject o, String where) {
        language = text(o, "language", where);
        complementizers = lowerSet(o, "complementizers");
        complementizerInCue = o.has("complementizerInCue") && o.get("complementizerInCue").getAsBoolean();
        pronouns = lowerSet(o, "pronouns");
        relativeMarkers = lowerSet(o, "relativeMarkers");
        skipBeforeCue = lowerSet(o, "skipBeforeCue");
        anonymous = List.copyOf(lowerList(o, "anonymous"));
        media = List.copyOf(lowerList(o, "media"));
        String anaphoricSuffix = o.has("anaphoricSuffix") ? o.get("anaphoricSuffix").getAsString() : "";
        JsonObject quotes = o.getAsJsonObject("quotes");
        quotePairs = quotes == null ? List.of("\u201c\u201d", "\"\"") : List.copyOf(lowerList(quotes, "pairs"));
        JsonArray cues = o.getAsJsonArray("cues");
        if (cues == null) {
            throw new JsonParseException(where + ": cues: missing");
        }
        for (int i = 0; i < cues.size(); i++) {
            JsonObject c = cues.get(i).getAsJsonObject();
            String at = where + ": cues[" + i + "]";
            Direction dir = Direction.valueOf(text(c, "direction", at).toUpperCase(Locale.ROOT));
            CueType type = CueType.valueOf(text(c, "type", at).toUpperCase(Locale.ROOT));
            boolean near = c.has("onlyNear");
            List<String> suffixes = new ArrayList<>(List.of(""));
            suffixes.addAll(lowerList(c, "suffixes"));
            List<String> forms = new ArrayList<>(lowerList(c, "forms"));
            for (String lemma : lowerList(c, "lemmas")) {
                forms.addAll(EnglishInflection.of(lemma));
            }
            for (String form : forms) {
                for (String suffix : suffixes) {
                    add(new Cue(words(form + suffix), dir, type, near));
                }
                // "kata" + "nya" = "katanya": the speaker is the one spoken of before (decision 1001).
                if (dir == Direction.AFTER && type == CueType.SPEECH && !anaphoricSuffix.isEmpty()) {
                    add(new Cue(words(form + anaphoricSuffix), Direction.BEFORE, CueType.ANAPHORIC, false));
                }
            }
        }
        for (List<Cue> list : byFirstWord.values()) {
            list.sort((a, b) -> b.words().size() - a.words().size());
        }
    }

    private Lexicon(Lexicon base) {
        language = base.language;
        complementizers = base.complementizers;
        complementizerInCue = base.complementizerInCue;
        pronouns = base.pronouns;
        relativeMarkers = base.relativeMarkers;
        skipBeforeCue = base.skipBeforeCue;
        anonymous = base.anonymous;
        media = base.media;
        quotePairs = base.quotePairs;
        base.byFirstWord.forEach((k, v) -> byFirstWord.put(k, new ArrayList<>(v)));
    }

    /**
     * This lexicon plus cue forms the corpus taught ({@link CueLearner}): each a speech cue with the
     * speaker on either side. A form the lexicon has already keeps its own entry.
     */
    public Lexicon withLearned(List<List<String>> forms) {
        if (forms.isEmpty()) {
            return this;
        }
        Lexicon copy = new Lexicon(this);
        for (List<String> f : forms) {
            boolean known = copy.cuesStartingWith(f.get(0)).stream().anyMatch(c -> c.words().equals(f));
            if (!known) {
                copy.add(new Cue(List.copyOf(f), Direction.EITHER, CueType.SPEECH, false));
            }
        }
        for (List<Cue> list : copy.byFirstWord.values()) {
            list.sort((a, b) -> b.words().size() - a.words().size());
        }
        return copy;
    }

    private void add(Cue cue) {
        byFirstWord.computeIfAbsent(cue.words().get(0), k -> new ArrayList<>()).add(cue);
    }

    private static List<String> words(String form) {
        return List.of(form.trim().split("\\s+"));
    }

    /** The built-in lexicon for a language ("id", "en"), or null when there is none. */
    public static Lexicon builtIn(String language) {
        String name = "lexicon-" + language + ".json";
        try (InputStream in = Lexicon.class.getResourceAsStream(name)) {
            if (in == null) {
                return null;
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8), name);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Reads a lexicon; {@code where} names it in messages.
     *
     * @throws JsonParseException with a "WHERE: FIELD: message" text when the file is not a lexicon
     */
    public static Lexicon read(Reader reader, String where) {
        JsonElement root = JsonParser.parseReader(reader);
        if (!root.isJsonObject()) {
            throw new JsonParseException(where + ": not a JSON object");
        }
        try {
            return new Lexicon(root.getAsJsonObject(), where);
        } catch (IllegalStateException | IllegalArgumentException | ClassCastException e) {
            throw new JsonParseException(where + ": " + e.getMessage(), e);
        }
    }

    private static String text(JsonObject o, String key, String where) {
        if (!o.has(key) || !o.get(key).isJsonPrimitive()) {
            throw new JsonParseException(where + ": " + key + ": missing");
        }
        return o.get(key).getAsString();
    }

    /** The strings of {@code o}'s array {@code key}, lower-cased; empty when there is none. */
    static List<String> lowerList(JsonObject o, String key) {
        List<String> out = new ArrayList<>();
        JsonArray a = o.getAsJsonArray(key);
        if (a != null) {
            for (JsonElement e : a) {
                out.add(e.getAsString().toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    private static Set<String> lowerSet(JsonObject o, String key) {
        return Collections.unmodifiableSet(new HashSet<>(lowerList(o, key)));
    }

    public String language() {
        return language;
    }

    /** The cues whose first word is {@code word} (lower case), longest first; empty when none. */
    public List<Cue> cuesStartingWith(String word) {
        return byFirstWord.getOrDefault(word, List.of());
    }

    public boolean isComplementizer(String word) {
        return complementizers.contains(word);
    }

    /** True when "bahwa" belongs to the cue ("mengatakan bahwa"); English "that" does not. */
    public boolean complementizerInCue() {
        return complementizerInCue;
    }

    public boolean isPronoun(String word) {
        return pronouns.contains(word);
    }

    public boolean isRelativeMarker(String word) {
        return relativeMarkers.contains(word);
    }

    /** Adverbs and the like that stand between a speaker and its cue ("juga", "also"). */
    public boolean skippedBeforeCue(String word) {
        return skipBeforeCue.contains(word);
    }

    /** True when a speaker phrase (lower case) reads as anonymous ("sumber", "officials"). */
    public boolean soundsAnonymous(String phrase) {
        return containsPhrase(phrase, anonymous);
    }

    /** True when a speaker phrase (lower case) names a medium ("kantor berita", "Reuters"). */
    public boolean soundsLikeMedia(String phrase) {
        return containsPhrase(phrase, media);
    }

    private static boolean containsPhrase(String phrase, List<String> list) {
        String padded = " " + phrase + " ";
        for (String p : list) {
            if (padded.contains(" " + p + " ")) {
                return true;
            }
        }
        return false;
    }

    /** Quote pairs as two-character strings: opening then closing mark. */
    public List<String> quotePairs() {
        return quotePairs;
    }

    @Override
    public String toString() {
        return "Lexicon[" + language + ", " + Arrays.toString(byFirstWord.keySet().stream().sorted().limit(3).toArray()) + "…]";
    }
}
