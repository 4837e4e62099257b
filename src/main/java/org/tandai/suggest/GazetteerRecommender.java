package org.tandai.suggest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tandai.interchange.Tokenizer.Token;
import org.tandai.model.Entity;
import org.tandai.model.Span;
import org.tandai.model.Status;

/**
 * Proposes the corpus's accepted names wherever they occur again, with their type and entity
 * (decision 1002). A suggested mention of a name this article already has as an accepted entity
 * records that entity's id in {@value Suggestions#JOINS}, so accepting it adds the mention there.
 */
public final class GazetteerRecommender implements Recommender {
    private final Gazetteer gazetteer;

    public GazetteerRecommender(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public List<String> kinds() {
        return List.of(Suggestion.ENTITIES);
    }

    @Override
    public List<Suggestion> suggest(Input in) {
        if (gazetteer.isEmpty()) {
            return List.of();
        }
        Map<String, Entity> accepted = new HashMap<>();
        for (Entity e : in.doc().entities()) {
            if (e.status() == Status.ACCEPTED) {
                accepted.putIfAbsent(e.type() + "\t" + e.name(), e);
            }
        }
        List<Suggestion> out = new ArrayList<>();
        for (List<Token> sentence : in.sentences()) {
            for (int i = 0; i < sentence.size(); i++) {
                Gazetteer.Entry g = gazetteer.longestAt(sentence, i);
                if (g == null) {
                    continue;
                }
                int end = i + g.words().size();
                Span mention = Span.of(in.text(), sentence.get(i).start(), sentence.get(end - 1).end());
                Entity e = new Entity(null, g.entity(), g.type());
                e.setStatus(Status.SUGGESTED);
                e.mentions().add(mention);
                Entity joins = accepted.get(g.type() + "\t" + g.entity());
                if (joins != null) {
                    e.extras().put(Suggestions.JOINS, new com.google.gson.JsonPrimitive(joins.id()));
                }
                double confidence = Math.min(0.95, 0.6 + 0.1 * g.count());
                out.add(new Suggestion(SuggestionKeys.entity(g.type(), mention), Suggestion.ENTITIES, confidence, e, null));
                i = end - 1;
            }
        }
        return out;
    }
}
