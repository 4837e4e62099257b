package org.tandai.suggest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.tandai.interchange.Tokenizer;
import org.tandai.interchange.Tokenizer.Token;
import org.tandai.model.AnnotatedDocument;
import org.tandai.model.ArticleText;
import org.tandai.model.Entity;
import org.tandai.model.Span;
import org.tandai.model.Status;

/**
 * The corpus's names: each surface form ("Kim", "Berita Yonhap") with the entity type and the
 * entity name it was accepted as, and how often (decision 1002). It learns from accepted mentions
 * the moment they are accepted ({@link #learn}); reads and writes a TSV file of {@code surface TAB
 * type TAB entity name TAB count}. Readers always see a whole snapshot: a learn replaces the
 * snapshot rather than changing it, so a background suggestion run never sees half an update.
 */
public final class Gazetteer {
    /** One name: its surface words (as tokenized), the type and entity it was accepted as, and how often. */
    public record Entry(String surface, List<String> words, String type, String entity, int count) {
    }

    /** Entries by their first word; each surface keeps its most frequent reading. */
    private volatile Map<String, List<Entry>> byFirst = Map.of();
    private final Map<String, Map<String, Integer>> readings = new TreeMap<>();

    /** Learns every accepted mention of a document. */
    public synchronized void learn(AnnotatedDocument doc) {
        learnAll(List.of(doc));
    }

    /** Learns every accepted mention of several documents (one snapshot at the end). */
    public synchronized void learnAll(List<AnnotatedDocument> docs) {
        for (AnnotatedDocument doc : docs) {
            learnEach(doc);
        }
        rebuild();
    }

    private void learnEach(AnnotatedDocument doc) {
        for (Entity e : doc.entities()) {
            if (e.status() != Status.ACCEPTED) {
                continue;
            }
            for (Span m : e.mentions()) {
                add(m.exact(), e.type(), e.name(), 1);
            }
        }
    }

    /** Learns one mention that was just accepted or added. */
    public synchronized void learn(String surface, String type, String entityName) {
        add(surface, type, entityName, 1);
        rebuild();
    }

    /**
     * Forgets one mention learned by {@link #learn(String, String, String)}: the window calls it when
     * the accept that taught it is undone (and {@code learn} again on redo). A reading whose count
     * falls to zero goes, and a surface without readings goes with it.
     */
    public synchronized void unlearn(String surface, String type, String entityName) {
        add(surface, type, entityName, -1);
        readings.values().removeIf(r -> {
            r.values().removeIf(n -> n <= 0);
            return r.isEmpty();
        });
        rebuild();
    }

    private void add(String surface, String type, String entity, int n) {
        String s = surface == null ? "" : surface.strip();
        if (s.codePointCount(0, s.length()) < 2 || type == null || s.contains("\n") || s.contains(Span.GAP)) {
            return;
        }
        String reading = type + "\t" + (entity == null ? s : entity);
        readings.computeIfAbsent(s, k -> new HashMap<>()).merge(reading, n, Integer::sum);
    }

    private void rebuild() {
        Map<String, List<Entry>> next = new HashMap<>();
        for (Map.Entry<String, Map<String, Integer>> r : readings.entrySet()) {
            Map.Entry<String, Integer> best = null;
            for (Map.Entry<String, Integer> x : r.getValue().entrySet()) {
                if (best == null || x.getValue() > best.getValue()
                        || x.getValue().equals(best.getValue()) && x.getKey().compareTo(best.getKey()) < 0) {
                    best = x;
                }
            }
            String[] te = best.getKey().split("\t", 2);
            List<String> words = words(r.getKey());
            if (words.isEmpty()) {
                continue;
            }
            next.computeIfAbsent(words.get(0), k -> new ArrayList<>())
                    .add(new Entry(r.getKey(), words, te[0], te[1], best.getValue()));
        }
        for (List<Entry> list : next.values()) {
            list.sort((a, b) -> b.words().size() - a.words().size());
        }
        byFirst = next;
    }

    private static List<String> words(String surface) {
        List<String> out = new ArrayList<>();
        for (List<Token> s : Tokenizer.sentences(ArticleText.of(surface))) {
            for (Token t : s) {
                out.add(t.text());
            }
        }
        return out;
    }

    /** The longest entry whose words start at token {@code i} of a sentence, or null. Case-sensitive: names are. */
    Entry longestAt(List<Token> tokens, int i) {
        for (Entry e : byFirst.getOrDefault(tokens.get(i).text(), List.of())) {
            int n = e.words().size();
            if (i + n > tokens.size()) {
                continue;
            }
            boolean all = true;
            for (int k = 1; k < n && all; k++) {
                all = tokens.get(i + k).text().equals(e.words().get(k));
            }
            if (all) {
                return e;
            }
        }
        return null;
    }

    public boolean isEmpty() {
        return byFirst.isEmpty();
    }

    /** Every entry, by surface. */
    public synchronized List<Entry> entries() {
        List<Entry> out = new ArrayList<>();
        byFirst.values().forEach(out::addAll);
        out.sort((a, b) -> a.surface().compareTo(b.surface()));
        return Collections.unmodifiableList(out);
    }

    /** Writes {@code surface TAB type TAB entity TAB count} lines, by surface, with a header line. */
    public synchronized void write(Writer w) throws IOException {
        w.write("# tandai gazetteer: surface\ttype\tentity\tcount\n");
        for (Map.Entry<String, Map<String, Integer>> r : readings.entrySet()) {
            for (Map.Entry<String, Integer> x : new TreeMap<>(r.getValue()).entrySet()) {
                w.write(clean(r.getKey()) + "\t" + x.getKey() + "\t" + x.getValue() + "\n");
            }
        }
    }

    private static String clean(String s) {
        return s.replace('\t', ' ');
    }

    /**
     * Adds the entries of a TSV file (as {@link #write} writes; the count column is optional, blank
     * lines and lines starting with # are skipped).
     *
     * @throws IllegalArgumentException "WHERE: line N: message" for a line that is not an entry
     */
    public synchronized void read(Reader r, String where) throws IOException {
        BufferedReader in = new BufferedReader(r);
        String line;
        int n = 0;
        while ((line = in.readLine()) != null) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length < 3 || f[0].isBlank() || f[1].isBlank()) {
                throw new IllegalArgumentException(where + ": line " + n + ": expected surface<TAB>type<TAB>entity[<TAB>count]");
            }
            int count = 1;
            if (f.length > 3 && !f[3].isBlank()) {
                try {
                    count = Integer.parseInt(f[3].strip());
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(where + ": line " + n + ": count \"" + f[3] + "\" is not a number");
                }
            }
            add(f[0], f[1].strip(), f[2].isBlank() ? f[0] : f[2].strip(), Math.max(1, count));
        }
        rebuild();
    }
}
