package org.tandai.suggest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.tandai.model.AnnotatedDocument;
import org.tandai.model.ArticleText;
import org.tandai.model.DocumentInfo;
import org.tandai.model.Entity;
import org.tandai.model.Source;
import org.tandai.model.Span;

/** The hand-written example articles under src/test/resources/org/tandai/suggest and helpers to read suggestions. */
final class SuggestFixtures {
    private SuggestFixtures() {
    }

    static ArticleText text(String resource) throws IOException {
        try (InputStream in = SuggestFixtures.class.getResourceAsStream(resource)) {
            return ArticleText.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    static AnnotatedDocument doc(ArticleText text, String language) {
        return new AnnotatedDocument(new DocumentInfo("a.txt", text.sha256(), language));
    }

    static Span span(ArticleText t, String quote) {
        int u = t.text().indexOf(quote);
        if (u < 0) {
            throw new AssertionError("not in text: " + quote);
        }
        return Span.of(t, t.toCodePoint(u), t.toCodePoint(u + quote.length()));
    }

    static Entity entity(AnnotatedDocument doc, ArticleText t, String id, String name, String type, String... mentions) {
        Entity e = new Entity(id, name, type);
        for (String m : mentions) {
            e.mentions().add(span(t, m));
        }
        doc.add(e);
        return e;
    }

    /** The suggested source whose cue reads {@code cue}. */
    static Suggestion byCue(List<Suggestion> all, String cue) {
        List<Suggestion> found = all.stream()
                .filter(s -> s.annotation() instanceof Source src && src.cue() != null && src.cue().exact().equals(cue))
                .toList();
        if (found.size() != 1) {
            throw new AssertionError("expected one source with cue \"" + cue + "\", found " + found.size() + " among "
                    + all.stream().map(s -> ((Source) s.annotation()).cue() == null ? "-" : ((Source) s.annotation()).cue().exact())
                    .collect(Collectors.joining(", ")));
        }
        return found.get(0);
    }

    /** The suggested source whose cue reads {@code cue} and whose content starts with {@code content}. */
    static Suggestion byCue(List<Suggestion> all, String cue, String content) {
        return all.stream().filter(s -> s.annotation() instanceof Source src && src.cue() != null
                        && src.cue().exact().equals(cue) && src.content() != null && src.content().exact().startsWith(content))
                .findFirst().orElseThrow(() -> new AssertionError("no source with cue \"" + cue + "\" and content " + content));
    }

    static Source source(Suggestion s) {
        return (Source) s.annotation();
    }

    /** A content's fragments' texts. */
    static List<String> pieces(Span content) {
        return content.fragments().stream().map(Span::exact).toList();
    }
}
