package org.tandai.suggest;

import java.util.List;
import org.tandai.interchange.Tokenizer.Token;

/**
 * One attribution found in a sentence, before it becomes a {@link Suggestion}: the cue's tokens
 * {@code [from, to)}, the content as code-point pieces, whether it is a quotation, and the speaker
 * as a token range ({@code speakerFrom < 0} for none) or the previous speaker ({@code anaphoric}).
 */
final class CueHit {
    final Lexicon.Cue cue;
    final int from;
    int to;
    List<int[]> content;
    boolean quoted;
    int speakerFrom = -1;
    int speakerTo = -1;
    boolean anaphoric;
    /** For a relay cue with nobody before it ("Mengutip X, Budi mengatakan"): relayed by the sentence's speech. */
    boolean citedBySpeech;
    CueHit via;
    /** For a cue only the learned model found: its cue probability; -1 for a lexicon cue. */
    double learned = -1;
    String key;

    CueHit(Lexicon.Cue cue, int from, int to) {
        this.cue = cue;
        this.from = from;
        this.to = to;
    }

    int cueStart(List<Token> tokens) {
        return tokens.get(from).start();
    }

    int cueEnd(List<Token> tokens) {
        return tokens.get(to - 1).end();
    }
}
