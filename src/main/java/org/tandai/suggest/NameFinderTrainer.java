package org.tandai.suggest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.TrainingParameters;
import org.tandai.interchange.Tokenizer;
import org.tandai.interchange.Tokenizer.Token;
import org.tandai.model.AnnotatedDocument;
import org.tandai.model.ArticleText;
import org.tandai.model.Entity;
import org.tandai.model.Span;
import org.tandai.model.Status;

/**
 * Trains an Apache OpenNLP name finder on accepted entity mentions, tokenized with Tandai's own
 * tokenizer for both languages (decision 1003). Each call builds its own samples and model: no
 * static state, so it runs in a background task. A mention that does not start and end on token
 * boundaries is left out of the samples.
 */
public final class NameFinderTrainer {
    /** CoNLL/BIO type names (CoNLL 2003, IndoNLU NERGrit and NERP) to the default tag set's types. */
    private static final Map<String, String> TYPES = Map.ofEntries(Map.entry("PER", "PERSON"),
            Map.entry("PERSON", "PERSON"), Map.entry("PPL", "PERSON"), Map.entry("LOC", "LOCATION"),
            Map.entry("PLACE", "LOCATION"), Map.entry("PLC", "LOCATION"), Map.entry("GPE", "LOCATION"),
            Map.entry("ORG", "ORGANIZATION"), Map.entry("ORGANISATION", "ORGANIZATION"), Map.entry("IND", "ORGANIZATION"),
            Map.entry("ORGANIZATION", "ORGANIZATION"), Map.entry("MISC", "OTHER"), Map.entry("EVT", "EVENT"),
            Map.entry("FNB", "OTHER"));

    private final List<NameSample> samples = new ArrayList<>();
    private int mentions;

    /** Adds the accepted mentions of one document, its sentences cut by Tandai's tokenizer. */
    public void add(ArticleText text, AnnotatedDocument doc) {
        add(Tokenizer.sentences(text), doc);
    }

    /** Adds a document built from tokens (a CoNLL import): tokens are the runs between spaces. */
    public void addTokenized(ArticleText text, AnnotatedDocument doc) {
        add(Tokenizer.whitespaceSentences(text), doc);
    }

    private void add(List<List<Token>> sentences, AnnotatedDocument doc) {
        List<int[]> spans = new ArrayList<>();
        List<String> types = new ArrayList<>();
        for (Entity e : doc.entities()) {
            if (e.status() != Status.ACCEPTED || e.type() == null) {
                continue;
            }
            for (Span m : e.mentions()) {
                if (!m.isMultiFragment()) {
                    spans.add(new int[] {m.start(), m.end()});
                    types.add(typeOf(e.type()));
                }
            }
        }
        for (List<Token> s : sentences) {
            if (s.isEmpty()) {
                continue;
            }
            String[] words = new String[s.size()];
            for (int i = 0; i < words.length; i++) {
                words[i] = s.get(i).text();
            }
            List<opennlp.tools.util.Span> names = new ArrayList<>();
            for (int k = 0; k < spans.size(); k++) {
                int[] m = spans.get(k);
                int from = -1;
                int to = -1;
                for (int i = 0; i < s.size(); i++) {
                    if (s.get(i).start() == m[0]) {
                        from = i;
                    }
                    if (s.get(i).end() == m[1]) {
                        to = i + 1;
                    }
                }
                if (from >= 0 && to > from && noOverlap(names, from, to)) {
                    names.add(new opennlp.tools.util.Span(from, to, types.get(k)));
                }
            }
            names.sort(null);
            mentions += names.size();
            samples.add(new NameSample(words, names.toArray(new opennlp.tools.util.Span[0]), false));
        }
    }

    private static boolean noOverlap(List<opennlp.tools.util.Span> names, int from, int to) {
        for (opennlp.tools.util.Span n : names) {
            if (from < n.getEnd() && n.getStart() < to) {
                return false;
            }
        }
        return true;
    }

    /** The default tag set's type for a CoNLL type name ("PLACE" → "LOCATION"); other names unchanged. */
    static String typeOf(String type) {
        String t = type.toUpperCase(Locale.ROOT);
        return TYPES.getOrDefault(t, t);
    }

    public int sentences() {
        return samples.size();
    }

    public int mentions() {
        return mentions;
    }

    /**
     * Trains a model on the samples added; null when there are no mentions to learn from.
     * {@code cancelled} is asked between iterations' batches of samples; a cancelled training
     * returns null.
     */
    public byte[] train(String language, BooleanSupplier cancelled) {
        if (mentions == 0) {
            return null;
        }
        TrainingParameters params = TrainingParameters.defaultParams();
        params.put(TrainingParameters.ITERATIONS_PARAM, 60);
        params.put(TrainingParameters.CUTOFF_PARAM, 1);
        try {
            TokenNameFinderModel model = NameFinderME.train(language, null, new Samples(samples, cancelled), params,
                    new TokenNameFinderFactory());
            if (cancelled.getAsBoolean()) {
                return null;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            model.serialize(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a model written by {@link #train}. */
    public static TokenNameFinderModel read(byte[] bytes) throws IOException {
        return new TokenNameFinderModel(new ByteArrayInputStream(bytes));
    }

    private static final class Samples implements ObjectStream<NameSample> {
        private final List<NameSample> list;
        private final BooleanSupplier cancelled;
        private Iterator<NameSample> it;

        Samples(List<NameSample> list, BooleanSupplier cancelled) {
            this.list = list;
            this.cancelled = cancelled;
            this.it = list.iterator();
        }

        @Override
        public NameSample read() {
            return !cancelled.getAsBoolean() && it.hasNext() ? it.next() : null;
        }

        @Override
        public void reset() {
            it = list.iterator();
        }
    }
}
