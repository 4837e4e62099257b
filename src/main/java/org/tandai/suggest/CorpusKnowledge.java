package org.tandai.suggest;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.tandai.model.AnnotatedDocument;
import org.tandai.store.SidecarStore;

/**
 * What suggestions know about one corpus folder (decision 1002, 1003): the gazetteer learned from
 * its accepted mentions plus the names imported into {@code .tandai/gazetteer.tsv}, and the name
 * finder model trained by {@code tandai train} in {@code .tandai/ner-model.bin}, and the learned cue
 * model in {@code .tandai/cue-model.bin} (decision 1023). Built per call;
 * nothing is static, so two corpora (or a test and the window) never share it.
 */
public final class CorpusKnowledge {
    /** The corpus's folder for what Tandai learns about it (beside the articles). */
    public static final String FOLDER = ".tandai";
    public static final String GAZETTEER = "gazetteer.tsv";
    public static final String MODEL = "ner-model.bin";
    public static final String CUE_MODEL = "cue-model.bin";

    private final Gazetteer gazetteer;
    private final TokenNameFinderModel model;
    private final List<List<String>> cues;
    private final CueModel cueModel;
    private final Map<String, Optional<Lexicon>> lexicons = new ConcurrentHashMap<>();

    /** Knowledge from these parts: a gazetteer, a model (or null) and learned cue forms (lower-case words). */
    public CorpusKnowledge(Gazetteer gazetteer, TokenNameFinderModel model, List<List<String>> cues) {
        this(gazetteer, model, cues, null);
    }

    /** Knowledge from these parts and a learned cue model (or null). */
    public CorpusKnowledge(Gazetteer gazetteer, TokenNameFinderModel model, List<List<String>> cues, CueModel cueModel) {
        this.gazetteer = gazetteer;
        this.model = model;
        this.cues = List.copyOf(cues);
        this.cueModel = cueModel;
    }

    public static Path gazetteerFile(Path corpusDir) {
        return corpusDir.resolve(FOLDER).resolve(GAZETTEER);
    }

    public static Path modelFile(Path corpusDir) {
        return corpusDir.resolve(FOLDER).resolve(MODEL);
    }

    public static Path cueModelFile(Path corpusDir) {
        return corpusDir.resolve(FOLDER).resolve(CUE_MODEL);
    }

    /**
     * Reads the imported gazetteer and the saved model of a corpus folder (either may be absent)
     * and learns the accepted mentions of {@code docs}.
     *
     * @throws IllegalArgumentException "FILE: line N: message" when the gazetteer file is not one
     * @throws IOException when a file cannot be read, or the model file is not an OpenNLP model
     */
    public static CorpusKnowledge read(Path corpusDir, List<SidecarStore.Loaded> docs) throws IOException {
        Gazetteer g = imported(corpusDir);
        CueLearner cues = new CueLearner();
        List<AnnotatedDocument> annotated = new ArrayList<>();
        for (SidecarStore.Loaded l : docs) {
            annotated.add(l.document());
            cues.add(l.text(), l.document());
        }
        g.learnAll(annotated);
        return new CorpusKnowledge(g, readModel(corpusDir), cues.learned(), readCueModel(corpusDir));
    }

    /** The names imported into a corpus's {@code .tandai/gazetteer.tsv} (empty when there is none). */
    public static Gazetteer imported(Path corpusDir) throws IOException {
        Gazetteer g = new Gazetteer();
        Path tsv = gazetteerFile(corpusDir);
        if (Files.isRegularFile(tsv)) {
            try (Reader r = Files.newBufferedReader(tsv, StandardCharsets.UTF_8)) {
                g.read(r, tsv.toString());
            }
        }
        return g;
    }

    /** The saved name finder model of a corpus, or null when none has been trained. */
    public static TokenNameFinderModel readModel(Path corpusDir) throws IOException {
        Path file = modelFile(corpusDir);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            return NameFinderTrainer.read(Files.readAllBytes(file));
        } catch (IOException | RuntimeException e) {
            throw new IOException(file + ": not a name finder model (" + e.getMessage() + "); train it again with tandai train", e);
        }
    }

    /** The saved cue model of a corpus, or null when none has been trained. */
    public static CueModel readCueModel(Path corpusDir) throws IOException {
        Path file = cueModelFile(corpusDir);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            return CueModel.read(Files.readAllBytes(file));
        } catch (IOException | RuntimeException e) {
            throw new IOException(file + ": not a cue model (" + e.getMessage() + "); train it again with tandai train", e);
        }
    }

    /** The learned cue model, or null. */
    public CueModel cueModel() {
        return cueModel;
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /** The trained model, or null. */
    public TokenNameFinderModel model() {
        return model;
    }

    /** The cue forms learned from the corpus's accepted attributions. */
    public List<List<String>> cues() {
        return cues;
    }

    /** The built-in lexicon of a language plus the learned cues; null for a language without one. */
    public Lexicon lexicon(String language) {
        return lexicons.computeIfAbsent(language, l -> Optional.ofNullable(Lexicon.builtIn(l)).map(x -> x.withLearned(cues)))
                .orElse(null);
    }

    /** The recommenders in the order they win ties: rules, the corpus's names, the name rules, then the model. */
    public SuggestionEngine engine() {
        List<Recommender> rs = new ArrayList<>();
        rs.add(new AttributionRecommender(this::lexicon, cueModel));
        rs.add(new GazetteerRecommender(gazetteer));
        rs.add(new NameRuleRecommender());
        if (model != null) {
            rs.add(new NameFinderRecommender(model));
        }
        return new SuggestionEngine(rs);
    }
}
