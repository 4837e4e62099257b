package org.tandai.suggest;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.tandai.interchange.ConllImporter;
import org.tandai.store.Problem;
import org.tandai.store.SidecarStore;
import org.tandai.store.StoreException;

/**
 * Trains a corpus's name finder and keeps its gazetteer file (decisions 1002, 1003). Callable from a
 * background task: everything it uses is made per call, and {@code cancelled} stops a training.
 */
public final class TrainService {
    /** What a training used and wrote; {@code model} is null when there was nothing to learn or it was cancelled. */
    public record Trained(int articles, int conllSentences, int sentences, int mentions, Path model) {
    }

    /** What a cue model training used and wrote; {@code model} is null when there was no accepted cue or it was cancelled. */
    public record TrainedCues(int articles, int sentences, int cues, Path model) {
    }

    private final SidecarStore store;

    public TrainService(SidecarStore store) {
        this.store = store;
    }

    /**
     * Trains on the accepted mentions of every article in {@code corpusDir}, plus the sentences of
     * {@code conll} when given, and saves the model atomically to {@code .tandai/ner-model.bin}.
     */
    public Trained train(Path corpusDir, Path conll, BooleanSupplier cancelled, Consumer<Problem> problems)
            throws IOException, StoreException {
        NameFinderTrainer trainer = new NameFinderTrainer();
        int articles = 0;
        int id = 0;
        int en = 0;
        for (SidecarStore.Loaded l : SuggestService.loadFolder(store, corpusDir, problems)) {
            trainer.add(l.text(), l.document());
            articles++;
            if (Languages.of(l.document(), l.text()).equals("en")) {
                en++;
            } else {
                id++;
            }
        }
        int conllSentences = 0;
        if (conll != null) {
            int before = trainer.sentences();
            new ConllImporter().read(conll, article -> {
                trainer.addTokenized(article.text(), article.doc());
                return !cancelled.getAsBoolean();
            }, problems);
            conllSentences = trainer.sentences() - before;
        }
        byte[] model = trainer.train(en > id ? "en" : "id", cancelled);
        Path file = null;
        if (model != null) {
            file = CorpusKnowledge.modelFile(corpusDir);
            Files.createDirectories(file.getParent());
            store.writeAtomically(file, model);
        }
        return new Trained(articles, conllSentences, trainer.sentences(), trainer.mentions(), file);
    }

    /**
     * Trains a cue model (decision 1023) on the accepted cues of every article in {@code from} and
     * saves it atomically to {@code corpusDir/.tandai/cue-model.bin}; {@code from} may be {@code corpusDir} itself.
     */
    public TrainedCues trainCues(Path corpusDir, Path from, BooleanSupplier cancelled, Consumer<Problem> problems)
            throws IOException, StoreException {
        CueTrainer trainer = new CueTrainer();
        for (SidecarStore.Loaded l : SuggestService.loadFolder(store, from, problems)) {
            if (cancelled.getAsBoolean()) {
                return new TrainedCues(trainer.articles(), trainer.sentences(), trainer.cues(), null);
            }
            trainer.add(l.text(), l.document());
        }
        CueModel model = trainer.train(cancelled);
        Path file = null;
        if (model != null) {
            file = CorpusKnowledge.cueModelFile(corpusDir);
            Files.createDirectories(file.getParent());
            store.writeAtomically(file, model.write());
        }
        return new TrainedCues(trainer.articles(), trainer.sentences(), trainer.cues(), file);
    }

    /** The corpus's gazetteer as TSV: the names in {@code .tandai/gazetteer.tsv} and the accepted mentions of its articles. */
    public String exportGazetteer(Path corpusDir, Consumer<Problem> problems) throws IOException {
        List<SidecarStore.Loaded> docs = SuggestService.loadFolder(store, corpusDir, problems);
        StringWriter w = new StringWriter();
        CorpusKnowledge.read(corpusDir, docs).gazetteer().write(w);
        return w.toString();
    }

    /**
     * Adds the entries of a gazetteer TSV file to the corpus's {@code .tandai/gazetteer.tsv}, saved
     * atomically; returns how many entries the corpus file has now.
     *
     * @throws IllegalArgumentException "FILE: line N: message" when {@code tsv} is not a gazetteer
     */
    public int importGazetteer(Path corpusDir, Path tsv) throws IOException, StoreException {
        Gazetteer g = new Gazetteer();
        Path target = CorpusKnowledge.gazetteerFile(corpusDir);
        if (Files.isRegularFile(target)) {
            try (var r = Files.newBufferedReader(target, StandardCharsets.UTF_8)) {
                g.read(r, target.toString());
            }
        }
        try (var r = Files.newBufferedReader(tsv, StandardCharsets.UTF_8)) {
            g.read(r, tsv.toString());
        }
        StringWriter w = new StringWriter();
        g.write(w);
        Files.createDirectories(target.getParent());
        store.writeAtomically(target, w.toString().getBytes(StandardCharsets.UTF_8));
        return g.entries().size();
    }
}
