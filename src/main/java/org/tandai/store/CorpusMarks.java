package org.tandai.store;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

/**
 * The corpus-level file {@code tandai-corpus.json}: which articles an annotator has marked done.
 * Kept apart from the sidecars so marking an article done never rewrites its annotations.
 * Shape: {@code {"format": "tandai-corpus", "version": 1, "done": ["a.txt", …]}}; unknown fields
 * are kept. Written atomically like every other file.
 */
public final class CorpusMarks {
    public static final String FILE_NAME = "tandai-corpus.json";
    private static final String FORMAT = "tandai-corpus";

    private final Set<String> done = new TreeSet<>();
    /** Marks set or cleared here since the last save: applied over the file as it is at save time. */
    private final java.util.Map<String, Boolean> changed = new java.util.LinkedHashMap<>();
    private JsonObject other;

    private CorpusMarks(JsonObject other) {
        this.other = other;
    }

    /** Reads the marks of a corpus folder; a missing file means nothing is done. */
    public static CorpusMarks load(Path corpusDir) throws StoreException {
        Path f = corpusDir.resolve(FILE_NAME);
        if (!Files.isRegularFile(f)) {
            return new CorpusMarks(new JsonObject());
        }
        JsonElement root;
        try (Reader in = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
            root = StrictJson.parse(in);
        } catch (IOException | RuntimeException e) {
            throw new StoreException(Problem.error(f.toString(), StrictJson.location(e), "cannot read the corpus marks ("
                    + StrictJson.message(e) + ")"), e);
        }
        if (!root.isJsonObject()) {
            throw new StoreException(Problem.error(f.toString(), "line 1, column 1", "expected a JSON object"));
        }
        JsonObject o = root.getAsJsonObject().deepCopy();
        CorpusMarks m = new CorpusMarks(o);
        JsonElement list = o.remove("done");
        if (list != null && list.isJsonArray()) {
            for (JsonElement el : list.getAsJsonArray()) {
                if (el.isJsonPrimitive() && Corpus.isSafeName(el.getAsString())) {
                    m.done.add(el.getAsString());
                }
            }
        }
        return m;
    }

    public boolean isDone(String articleName) {
        return done.contains(articleName);
    }

    public void setDone(String articleName, boolean value) {
        changed.put(articleName, value);
        if (value) {
            done.add(articleName);
        } else {
            done.remove(articleName);
        }
    }

    public Set<String> done() {
        return Set.copyOf(done);
    }

    /**
     * Saves the marks changed here over the file as it is now, under its write lock: another window
     * or process marking other articles meanwhile loses nothing (a plain rewrite would drop its marks).
     */
    public void save(Path corpusDir, SidecarStore store) throws StoreException {
        try (FileLocks.Held held = FileLocks.hold(corpusDir.resolve(FILE_NAME))) {
            CorpusMarks now = load(corpusDir);
            if (Files.isRegularFile(corpusDir.resolve(FILE_NAME))) {
                done.clear();
                done.addAll(now.done);
                changed.forEach(this::setDoneOnly);
                other = now.other;
            }
            write(corpusDir, store);
            changed.clear();
        }
    }

    private void setDoneOnly(String articleName, boolean value) {
        if (value) {
            done.add(articleName);
        } else {
            done.remove(articleName);
        }
    }

    private void write(Path corpusDir, SidecarStore store) throws StoreException {
        JsonObject o = new JsonObject();
        o.addProperty("format", FORMAT);
        o.addProperty("version", 1);
        JsonArray arr = new JsonArray();
        done.forEach(n -> arr.add(new JsonPrimitive(n)));
        o.add("done", arr);
        for (var e : other.entrySet()) {
            if (!o.has(e.getKey())) {
                o.add(e.getKey(), e.getValue());
            }
        }
        String json = new com.google.gson.GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(o) + "\n";
        store.writeAtomically(corpusDir.resolve(FILE_NAME), json.getBytes(StandardCharsets.UTF_8));
    }
}
