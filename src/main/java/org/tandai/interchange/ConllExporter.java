package org.tandai.interchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.tandai.model.Entity;
import org.tandai.model.Span;
import org.tandai.store.Problem;

/**
 * Writes entity mentions as CoNLL {@code TOKEN TAG} lines in IOB2, one file for the corpus:
 * {@code -DOCSTART- O} and a blank line before each document, a blank line after each sentence.
 * Spans that do not start and end on token boundaries, and spans overlapping an earlier one, are
 * reported and left out (never shifted). Claims and sources have no place in a token format.
 */
public final class ConllExporter implements Exporter {
    /** Document-level extra set by CoNLL import: the text is tokens joined by spaces, sentences by newlines. */
    public static final String TOKENIZATION_KEY = "tokenization";
    public static final String WHITESPACE = "whitespace";

    private final OutputStream out;
    private final LineBuffer buffer = new LineBuffer();
    private int tokens;
    private boolean warnedLayers;

    public ConllExporter(Path outDir) throws IOException {
        this.out = OutputFiles.stream(outDir.resolve("corpus.conll"));
    }

    /** Tokens written so far (for the summary). */
    public int tokens() {
        return tokens;
    }

    @Override
    public void write(Article a, Consumer<Problem> problems) throws IOException {
        String file = a.name() + ".txt";
        boolean ws = a.doc().extras().get(TOKENIZATION_KEY) instanceof com.google.gson.JsonElement el
                && el.isJsonPrimitive() && WHITESPACE.equals(el.getAsString());
        List<List<Tokenizer.Token>> sentences = ws ? Tokenizer.whitespaceSentences(a.text()) : Tokenizer.sentences(a.text());
        // Token index by start and by end offset (code points), -1 where no token starts or ends.
        int[] byStart = new int[a.text().length() + 1];
        int[] byEnd = new int[a.text().length() + 1];
        Arrays.fill(byStart, -1);
        Arrays.fill(byEnd, -1);
        int count = 0;
        for (List<Tokenizer.Token> s : sentences) {
            for (Tokenizer.Token t : s) {
                byStart[t.start()] = count;
                byEnd[t.end()] = count;
                count++;
            }
        }
        String[] tags = new String[count];
        // Outer spans first, so a nested span (not the one containing it) is the one reported.
        List<Object[]> spans = new ArrayList<>();
        for (Entity e : Exports.entities(a.doc())) {
            List<Span> mentions = Exports.mentions(e);
            for (int i = 0; i < mentions.size(); i++) {
                spans.add(new Object[] {e, mentions.get(i), e.id() + ".mentions[" + i + "]"});
            }
        }
        spans.sort((x, y) -> {
            Span p = (Span) x[1];
            Span q = (Span) y[1];
            return p.start() != q.start() ? Integer.compare(p.start(), q.start()) : Integer.compare(q.end(), p.end());
        });
        for (Object[] sp : spans) {
            Entity e = (Entity) sp[0];
            Span m = (Span) sp[1];
            String loc = (String) sp[2];
            int first = at(byStart, m.start());
            int last = at(byEnd, m.end());
            if (first < 0 || last < 0 || last < first) {
                problems.accept(Problem.warning(file, loc, "\"" + m.exact() + "\" (" + m.start() + ".." + m.end()
                        + ") does not fall on token boundaries; left out of the CoNLL file"));
                continue;
            }
            boolean free = true;
            for (int k = first; k <= last; k++) {
                free &= tags[k] == null;
            }
            if (!free) {
                problems.accept(Problem.warning(file, loc, "\"" + m.exact() + "\" overlaps another entity span; "
                        + "CoNLL cannot nest spans, left out"));
                continue;
            }
            String type = e.type() == null ? "OTHER" : e.type().replace(' ', '_');
            for (int k = first; k <= last; k++) {
                tags[k] = (k == first ? "B-" : "I-") + type;
            }
        }
        buffer.append("-DOCSTART- O\n\n");
        int k = 0;
        for (List<Tokenizer.Token> s : sentences) {
            for (Tokenizer.Token t : s) {
                buffer.append(t.text()).append(' ').append(tags[k] == null ? "O" : tags[k]).append('\n');
                k++;
                tokens++;
            }
            buffer.append('\n');
        }
        buffer.drainTo(out);
        if (!warnedLayers && (!a.doc().claims().isEmpty() || !a.doc().sources().isEmpty())) {
            warnedLayers = true;
            problems.accept(Problem.warning(file, "claims, sources", "CoNLL holds entity tags only; claims and sources "
                    + "are not exported (said once per export)"));
        }
    }

    private static int at(int[] index, int offset) {
        return offset >= 0 && offset < index.length ? index[offset] : -1;
    }

    @Override
    public void finish() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
