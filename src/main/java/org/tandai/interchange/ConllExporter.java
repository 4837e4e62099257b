package org.tandai.interchange;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.tandai.model.ArticleText;
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

    private final OutputFiles.Stream out;
    private final LineBuffer buffer = new LineBuffer();
    /** A large article goes out in pieces of about this many bytes. */
    private static final int CHUNK = 1 << 16;
    private int tokens;
    private boolean warnedLayers;

    public ConllExporter(Path outDir) throws IOException {
        this(new OutputFiles(outDir));
    }

    ConllExporter(OutputFiles files) throws IOException {
        this.out = files.stream("corpus.conll");
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
        String s = a.text().text();
        // Tokens as UTF-16 ranges in two int arrays and the sentence ends as token counts: no token
        // objects, no per-offset index and no whole-document buffer (decision 0721).
        TokenTable table = new TokenTable();
        Tokenizer.tokenize(s, ws, table);
        Tags tags = tags(a, table, file, problems);
        buffer.append("-DOCSTART- O\n\n");
        int next = 0;
        int k = 0;
        for (int sentence = 0; sentence < table.sentences; sentence++) {
            for (int end = table.sentenceEnds[sentence]; k < end; k++) {
                buffer.write(s, table.from[k], table.to[k] - table.from[k]);
                buffer.append(' ');
                while (next < tags.count && tags.last[next] < k) {
                    next++;
                }
                if (next < tags.count && tags.first[next] <= k) {
                    buffer.append(k == tags.first[next] ? "B-" : "I-").append(tags.type[next]);
                } else {
                    buffer.append('O');
                }
                buffer.append('\n');
                tokens++;
                if (buffer.size() >= CHUNK) {
                    buffer.drainTo(out);
                }
            }
            buffer.append('\n');
        }
        buffer.drainTo(out);
        out.record();
        if (!warnedLayers && (!a.doc().claims().isEmpty() || !a.doc().sources().isEmpty())) {
            warnedLayers = true;
            problems.accept(Problem.warning(file, "claims, sources", "CoNLL holds entity tags only; claims and sources "
                    + "are not exported (said once per export)"));
        }
    }

    /** Which tokens each exported mention covers; overlapping and misaligned mentions are reported and left out. */
    private static Tags tags(Article a, TokenTable table, String file, Consumer<Problem> problems) {
        // Outer spans first, so a nested span (not the one containing it) is the one reported.
        List<Object[]> spans = new ArrayList<>();
        for (Entity e : Exports.entities(a.doc())) {
            List<Span> mentions = Exports.mentions(e);
            for (int i = 0; i < mentions.size(); i++) {
                Span m = mentions.get(i);
                String loc = e.id() + ".mentions[" + i + "]";
                if (m.isMultiFragment()) {
                    // CoNLL chunks have no gaps: each piece is a chunk of its own (decision 0833).
                    problems.accept(Problem.warning(file, loc, "span in " + m.fragmentCount()
                            + " pieces exported as " + m.fragmentCount() + " separate chunks"));
                    for (Span f : m.fragments()) {
                        spans.add(new Object[] {e, f, loc});
                    }
                } else {
                    spans.add(new Object[] {e, m, loc});
                }
            }
        }
        spans.sort((x, y) -> {
            Span p = (Span) x[1];
            Span q = (Span) y[1];
            return p.start() != q.start() ? Integer.compare(p.start(), q.start()) : Integer.compare(q.end(), p.end());
        });
        Tags tags = new Tags(spans.size());
        int lastTaken = -1;
        for (Object[] sp : spans) {
            Entity e = (Entity) sp[0];
            Span m = (Span) sp[1];
            String loc = (String) sp[2];
            int first = table.startingAt(a.text(), m.start());
            int last = table.endingAt(a.text(), m.end());
            if (first < 0 || last < 0 || last < first) {
                problems.accept(Problem.warning(file, loc, "\"" + m.exact() + "\" (" + m.start() + ".." + m.end()
                        + ") does not fall on token boundaries; left out of the CoNLL file"));
                continue;
            }
            // Spans come in start order and the taken ones do not overlap: only the furthest end matters.
            if (first <= lastTaken) {
                problems.accept(Problem.warning(file, loc, "\"" + m.exact() + "\" overlaps another entity span; "
                        + "CoNLL cannot nest spans, left out"));
                continue;
            }
            lastTaken = last;
            tags.add(first, last, e.type() == null ? "OTHER" : e.type().replace(' ', '_'));
        }
        return tags;
    }

    /** The mentions taken, in token order: token range and type. */
    private static final class Tags {
        final int[] first;
        final int[] last;
        final String[] type;
        int count;

        Tags(int capacity) {
            first = new int[capacity];
            last = new int[capacity];
            type = new String[capacity];
        }

        void add(int f, int l, String t) {
            first[count] = f;
            last[count] = l;
            type[count++] = t;
        }
    }

    /** One article's tokens as UTF-16 ranges, ascending, and where each sentence ends. */
    private static final class TokenTable implements Tokenizer.Sink {
        int[] from = new int[256];
        int[] to = new int[256];
        int count;
        int[] sentenceEnds = new int[16];
        int sentences;

        @Override
        public void token(int f, int t) {
            if (count == from.length) {
                from = Arrays.copyOf(from, count * 2);
                to = Arrays.copyOf(to, count * 2);
            }
            from[count] = f;
            to[count++] = t;
        }

        @Override
        public void sentenceEnd() {
            if (sentences == sentenceEnds.length) {
                sentenceEnds = Arrays.copyOf(sentenceEnds, sentences * 2);
            }
            sentenceEnds[sentences++] = count;
        }

        /** The token starting at a code-point offset, or -1. */
        int startingAt(ArticleText text, int offset) {
            return offset < 0 || offset > text.length() ? -1 : find(from, text.toUtf16(offset));
        }

        /** The token ending at a code-point offset, or -1. */
        int endingAt(ArticleText text, int offset) {
            return offset < 0 || offset > text.length() ? -1 : find(to, text.toUtf16(offset));
        }

        private int find(int[] bounds, int utf16) {
            int i = Arrays.binarySearch(bounds, 0, count, utf16);
            return i >= 0 ? i : -1;
        }
    }

    @Override
    public void finish() throws IOException {
        out.commit();
    }

    @Override
    public void close() throws IOException {
        out.discard();
    }
}
