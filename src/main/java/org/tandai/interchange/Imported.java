package org.tandai.interchange;

import org.tandai.model.AnnotatedDocument;
import org.tandai.model.ArticleText;
import org.tandai.model.Claim;
import org.tandai.model.DocumentInfo;
import org.tandai.model.Entity;
import org.tandai.model.Kind;
import org.tandai.model.Relation;
import org.tandai.model.Source;
import org.tandai.model.Span;

/** Builds the Tandai document of one imported article: fresh ids, spans with quote and context. */
final class Imported {
    final String name;
    final ArticleText text;
    final AnnotatedDocument doc;

    Imported(String name, ArticleText text) {
        this.name = name;
        this.text = text;
        this.doc = new AnnotatedDocument(new DocumentInfo(name + ".txt", text.sha256(), null));
    }

    /** True when start..end is a non-empty range inside the text (code points). */
    boolean valid(int start, int end) {
        return start >= 0 && end <= text.length() && start < end;
    }

    Span span(int start, int end) {
        return Span.of(text, start, end);
    }

    /** A new entity with one mention; its name is the mention's text. */
    Entity entity(String type, int start, int end) {
        Span s = span(start, end);
        Entity e = new Entity(doc.newId(Kind.ENTITY), s.exact().strip(), type);
        e.mentions().add(s);
        doc.add(e);
        return e;
    }

    /** A new entity with one (possibly multi-fragment) mention. */
    Entity entity(String type, Span s) {
        Entity e = new Entity(doc.newId(Kind.ENTITY), s.fragments().get(0).exact().strip(), type);
        e.mentions().add(s);
        doc.add(e);
        return e;
    }

    Claim claim(int start, int end) {
        return claim(span(start, end));
    }

    /** A claim whose statement is its span's text (fragments joined by a space). */
    Claim claim(Span s) {
        Claim c = new Claim(doc.newId(Kind.CLAIM), s, s.isMultiFragment() ? BratSpans.joined(s) : s.exact());
        doc.add(c);
        return c;
    }

    Source source() {
        Source s = new Source(doc.newId(Kind.SOURCE));
        doc.add(s);
        return s;
    }

    Relation relation(String type, String from, String to) {
        Relation r = new Relation(doc.newId(Kind.RELATION), type, from, to);
        doc.add(r);
        return r;
    }

    Article article() {
        return new Article(name, text, doc);
    }
}
