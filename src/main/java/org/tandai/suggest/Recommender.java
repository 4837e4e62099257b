package org.tandai.suggest;

import java.util.List;
import org.tandai.interchange.Tokenizer;
import org.tandai.interchange.Tokenizer.Token;
import org.tandai.model.AnnotatedDocument;
import org.tandai.model.ArticleText;

/**
 * One source of suggestions. Implementations hold no state that a call changes, so the window can
 * call them from a background task while the user goes on editing (on a
 * {@link AnnotatedDocument#shallowCopy()}).
 */
public interface Recommender {
    /** Which of "attributions", "quotes", "entities" this recommender can propose. */
    List<String> kinds();

    /** Suggestions for one article, in any order; the engine drops what the document already has. */
    List<Suggestion> suggest(Input in);

    /**
     * One article as the recommenders see it: its text, its current annotations (read only: the
     * context, such as accepted entity mentions for speakers), its language ("id", "en", …) and its
     * sentences of tokens, cut once for all recommenders.
     */
    record Input(ArticleText text, AnnotatedDocument doc, String language, List<List<Token>> sentences) {
        public static Input of(ArticleText text, AnnotatedDocument doc) {
            return new Input(text, doc, Languages.of(doc, text), Tokenizer.sentences(text));
        }
    }
}
