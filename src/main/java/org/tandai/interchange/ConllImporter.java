package org.tandai.interchange;

import com.google.gson.JsonPrimitive;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.io.InputStreamReader;
import org.tandai.model.ArticleText;
import org.tandai.store.Problem;

/**
 * Reads CoNLL-style token files: one token per line, whitespace- or tab-separated columns (2 to 4),
 * the tag in the last column, blank lines between sentences, {@code -DOCSTART-} lines between
 * documents; CRLF and a BOM are accepted. Tags may be IOB2 (BIO), IOB1 or BIOES/BILOU. The article
 * text joins tokens with single spaces and sentences with newlines, so export gives back the same
 * tokens. An {@code I-} tag that starts a span in a file that otherwise uses {@code B-} to start
 * spans is reported with its line and imported as the start of a span.
 */
public final class ConllImporter implements Importer {

    private record Row(String token, String tag, int line) {
    }

    @Override
    public boolean accepts(Path file) {
        String n = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return n.endsWith(".conll") || n.endsWith(".iob") || n.endsWith(".bio") || n.endsWith(".txt")
                || n.endsWith(".tsv") || n.endsWith(".conll03");
    }

    @Override
    public void read(Path source, Sink sink, Consumer<Problem> problems) throws IOException {
        String file = source.toString();
        String base = baseName(source);
        List<List<Row>> sentences = new ArrayList<>();
        List<Row> sentence = new ArrayList<>();
        int docs = 0;
        int lineNo = 0;
        int spaced = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(source),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)))) {
            String line;
            while ((line = in.readLine()) != null) {
                lineNo++;
                if (lineNo == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                String trimmed = line.strip();
                if (trimmed.isEmpty()) {
                    if (!sentence.isEmpty()) {
                        sentences.add(sentence);
                        sentence = new ArrayList<>();
                    }
                    continue;
                }
                if (trimmed.startsWith("-DOCSTART-")) {
                    if (!sentence.isEmpty()) {
                        sentences.add(sentence);
                        sentence = new ArrayList<>();
                    }
                    if (!sentences.isEmpty()) {
                        docs++;
                        if (!emit(file, base, docs, sentences, sink, problems)) {
                            return;
                        }
                        sentences = new ArrayList<>();
                    }
                    continue;
                }
                String[] cols = trimmed.indexOf('\t') >= 0 ? trimmed.split("\t+") : trimmed.split("\\s+");
                if (cols.length < 2) {
                    problems.accept(Problem.error(file, "line " + lineNo, "expected TOKEN ... TAG (2 to 4 columns), found \""
                            + shorten(trimmed) + "\"; line skipped"));
                    continue;
                }
                if (cols.length > 4) {
                    problems.accept(Problem.warning(file, "line " + lineNo, cols.length + " columns; using the first as token and the last as tag"));
                }
                String token = cols[0].strip();
                if (token.indexOf(' ') >= 0) {
                    if (spaced++ == 0) {
                        problems.accept(Problem.warning(file, "line " + lineNo, "token \"" + token + "\" contains a space; "
                                + "kept with a no-break space so it stays one token (and any others in this file)"));
                    }
                    token = token.replace(' ', '\u00A0');
                }
                sentence.add(new Row(token, cols[cols.length - 1].strip(), lineNo));
            }
        } catch (java.nio.charset.CharacterCodingException e) {
            problems.accept(Problem.error(file, "line " + (lineNo + 1), "not valid UTF-8; file skipped"));
            return;
        }
        if (!sentence.isEmpty()) {
            sentences.add(sentence);
        }
        if (!sentences.isEmpty()) {
            docs++;
            emit(file, base, docs, sentences, sink, problems);
        }
    }

    private boolean emit(String file, String base, int docNo, List<List<Row>> sentences, Sink sink,
                         Consumer<Problem> problems) throws IOException {
        StringBuilder text = new StringBuilder();
        int cp = 0;
        List<int[]> bounds = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        for (List<Row> s : sentences) {
            if (text.length() > 0) {
                text.append('\n');
                cp++;
            }
            for (int i = 0; i < s.size(); i++) {
                if (i > 0) {
                    text.append(' ');
                    cp++;
                }
                String token = s.get(i).token();
                int start = cp;
                text.append(token);
                cp += token.codePointCount(0, token.length());
                bounds.add(new int[] {start, cp});
                rows.add(s.get(i));
            }
            // Mark the sentence end so a span never continues across it.
            bounds.add(null);
            rows.add(null);
        }
        ArticleText at = ArticleText.ofNormalized(text.toString());
        Imported imp = new Imported(docNo == 1 ? base : base + "-" + docNo, at);
        imp.doc.extras().put(ConllExporter.TOKENIZATION_KEY, new JsonPrimitive(ConllExporter.WHITESPACE));
        new TagDecoder(file, problems).decode(rows.stream().map(r -> r == null ? null : new TagDecoder.Tagged(r.tag(), r.line())).toList(),
                bounds, (type, start, end) -> imp.entity(type, start, end));
        return sink.accept(imp.article());
    }

    static String baseName(Path p) {
        String n = p.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    private static String shorten(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }
}
