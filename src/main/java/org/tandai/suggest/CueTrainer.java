package org.tandai.suggest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Event;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.TrainingParameters;
import org.tandai.interchange.Tokenizer;
import org.tandai.interchange.Tokenizer.Token;
import org.tandai.model.AnnotatedDocument;
import org.tandai.model.ArticleText;
import org.tandai.model.Source;
import org.tandai.model.Span;
import org.tandai.model.Status;

/**
 * Trains a {@link CueModel} on the accepted cues of a corpus (decision 1023). Each article's
 * sentences are read with the built-in lexicon of its language, as at suggestion time; a token is
 * B where an accepted cue's fragment starts, I inside it, O elsewhere. Events are made again on
 * every pass of the trainer rather than kept, so a corpus of hundreds of articles trains in a few
 * hundred megabytes. No static state: it runs in a background task, and {@code cancelled} stops it.
 */
public final class CueTrainer {
    static final int ITERATIONS = 40;
    static final int CUTOFF = 2;

    /** One sentence ready for events: its features and its gold tags. */
    private record Sample(CueFeatures features, String[] tags) {
    }

    private final List<Sample> samples = new ArrayList<>();
    private final Set<String> fingerprints = new HashSet<>();
    private final Map<String, Integer> languages = new HashMap<>();
    private final Set<String> cueWords = new HashSet<>();
    private int cues;
    private int articles;

    /** Adds one article's accepted cues; an article in a language without a lexicon is left out. */
    public void add(ArticleText text, AnnotatedDocument doc) {
        String language = Languages.of(doc, text);
        Lexicon lex = Lexicon.builtIn(language);
        if (lex == null) {
            return;
        }
        List<int[]> gold = new ArrayList<>();
        for (Source s : doc.sources()) {
            if (s.status() == Status.ACCEPTED && s.cue() != null) {
                for (Span f : s.cue().fragments()) {
                    gold.add(new int[] {f.start(), f.end()});
                }
            }
        }
        if (gold.isEmpty()) {
            return;
        }
        articles++;
        cues += gold.size();
        fingerprints.add(text.sha256());
        languages.merge(language, 1, Integer::sum);
        QuoteIndex quotes = new QuoteIndex(QuoteFinder.find(text, lex.quotePairs()));
        for (List<Token> sentence : Tokenizer.sentences(text)) {
            if (sentence.isEmpty()) {
                continue;
            }
            SentenceParse parse = new SentenceParse(lex, sentence, quotes);
            String[] tags = tags(sentence, gold);
            for (int i = 0; i < tags.length; i++) {
                if (tags[i].equals(CueModel.B)) {
                    cueWords.add(parse.words[i]);
                }
            }
            samples.add(new Sample(new CueFeatures(parse, parse.parse()), tags));
        }
    }

    private static String[] tags(List<Token> sentence, List<int[]> gold) {
        String[] tags = new String[sentence.size()];
        for (int i = 0; i < tags.length; i++) {
            Token t = sentence.get(i);
            tags[i] = CueModel.O;
            for (int[] g : gold) {
                if (t.start() < g[1] && g[0] < t.end()) {
                    boolean first = t.start() <= g[0] || i == 0 || sentence.get(i - 1).end() <= g[0];
                    tags[i] = first ? CueModel.B : CueModel.I;
                    break;
                }
            }
        }
        return tags;
    }

    /** Articles with accepted cues added so far. */
    public int articles() {
        return articles;
    }

    /** Accepted cue fragments added so far. */
    public int cues() {
        return cues;
    }

    public int sentences() {
        return samples.size();
    }

    /** Trains on what was added; null when there is no cue to learn from or it was cancelled. */
    public CueModel train(BooleanSupplier cancelled) {
        if (cues == 0) {
            return null;
        }
        TrainingParameters params = TrainingParameters.defaultParams();
        params.put(TrainingParameters.ITERATIONS_PARAM, ITERATIONS);
        params.put(TrainingParameters.CUTOFF_PARAM, CUTOFF);
        params.put(TrainingParameters.THREADS_PARAM, 2);
        EventTrainer trainer = TrainerFactory.getEventTrainer(params, new HashMap<>());
        try {
            AbstractModel model = (AbstractModel) trainer.train(new Events(samples, cancelled));
            if (cancelled.getAsBoolean()) {
                return null;
            }
            String language = languages.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            return new CueModel(model, language, fingerprints, cueWords);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The events of every sample, made afresh on each pass; ends early when cancelled. */
    private static final class Events implements ObjectStream<Event> {
        private final List<Sample> samples;
        private final BooleanSupplier cancelled;
        private int sample;
        private int token;

        Events(List<Sample> samples, BooleanSupplier cancelled) {
            this.samples = samples;
            this.cancelled = cancelled;
        }

        @Override
        public Event read() {
            while (sample < samples.size() && token >= samples.get(sample).tags().length) {
                sample++;
                token = 0;
                if (cancelled.getAsBoolean()) {
                    return null;
                }
            }
            if (sample >= samples.size()) {
                return null;
            }
            Sample s = samples.get(sample);
            int i = token++;
            String prev = i > 0 ? s.tags()[i - 1] : CueModel.O;
            String prev2 = i > 1 ? s.tags()[i - 2] : CueModel.O;
            return new Event(s.tags()[i], s.features().at(i, prev, prev2));
        }

        @Override
        public void reset() {
            sample = 0;
            token = 0;
        }
    }
}
