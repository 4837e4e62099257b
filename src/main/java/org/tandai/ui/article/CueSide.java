package org.tandai.ui.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tandai.model.Span;
import org.tandai.suggest.Languages;
import org.tandai.suggest.Lexicon;
import org.tandai.ui.common.DocumentSession;

/**
 * On which side of a cue the speaker stands, as the suggestion engine's lexicon says
 * (docs/suggestions.md): "kata Budi" after, "Budi mengatakan" before. A cue the lexicon does not
 * know but that ends in a complementizer ("menunjukkan bahwa", "showed that") has its speaker
 * before it, as every such cue in the lexicons does (issue 13, decision 1102).
 */
final class CueSide {
    private CueSide() {
    }

    /** Whether the speaker of {@code cue} is looked for before the cue first. */
    static boolean speakerBefore(DocumentSession s, Span cue) {
        Lexicon lexicon = Lexicon.builtIn(Languages.of(s.document(), s.text()));
        List<String> words = words(cue.exact());
        if (lexicon == null || words.isEmpty()) {
            return false;
        }
        for (Lexicon.Cue c : lexicon.cuesStartingWith(words.get(0))) {
            if (words.size() >= c.words().size() && words.subList(0, c.words().size()).equals(c.words())) {
                return c.direction() == Lexicon.Direction.BEFORE;
            }
        }
        return words.size() > 1 && lexicon.isComplementizer(words.get(words.size() - 1));
    }

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }
}
