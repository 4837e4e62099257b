package org.tandai.suggest;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.tandai.interchange.Tokenizer.Token;
import org.tandai.model.Entity;
import org.tandai.model.Span;
import org.tandai.model.Status;

/**
 * Proposes entity mentions found by an OpenNLP name finder trained on the corpus (decision 1003).
 * The model is shared and read only; each call makes its own {@link NameFinderME}, which keeps
 * per-document state and is not thread-safe.
 */
public final class NameFinderRecommender implements Recommender {
    /** Names found with less probability than this are not proposed. */
    private static final double MIN_PROBABILITY = 0.5;

    private final TokenNameFinderModel model;

    public NameFinderRecommender(TokenNameFinderModel model) {
        this.model = model;
    }

    @Override
    public List<String> kinds() {
        return List.of(Suggestion.ENTITIES);
    }

    @Override
    public List<Suggestion> suggest(Input in) {
        NameFinderME finder = new NameFinderME(model);
        List<Suggestion> out = new ArrayList<>();
        for (List<Token> sentence : in.sentences()) {
            if (sentence.isEmpty()) {
                continue;
            }
            String[] words = new String[sentence.size()];
            for (int i = 0; i < words.length; i++) {
                words[i] = sentence.get(i).text();
            }
            for (opennlp.tools.util.Span n : finder.find(words)) {
                if (n.getProb() < MIN_PROBABILITY) {
                    continue;
                }
                Span mention = Span.of(in.text(), sentence.get(n.getStart()).start(), sentence.get(n.getEnd() - 1).end());
                Entity e = new Entity(null, mention.exact(), n.getType());
                e.setStatus(Status.SUGGESTED);
                e.mentions().add(mention);
                // Below the gazetteer's: a name the corpus accepted is the better guess of the two.
                double confidence = 0.5 * n.getProb();
                out.add(new Suggestion(SuggestionKeys.entity(n.getType(), mention), Suggestion.ENTITIES, confidence, e, null));
            }
        }
        return out;
    }
}
