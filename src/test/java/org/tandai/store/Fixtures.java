package org.tandai.store;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.tandai.model.AnnotatedDocument;
import org.tandai.model.ArticleText;
import org.tandai.model.Claim;
import org.tandai.model.DocumentInfo;
import org.tandai.model.Entity;
import org.tandai.model.Source;
import org.tandai.model.Span;

/** A small valid corpus written into a temp folder: a.txt with its sidecar. */
public final class Fixtures {
    public static final String TEXT = "Kim Jong Un mengirim pesan kepada Vladimir Putin 😀.\n"
            + "“Harga beras naik 20 persen,” kata Budi Santoso di Jakarta, Senin.\n";

    private Fixtures() {
    }

    public static AnnotatedDocument document(ArticleText t) {
        AnnotatedDocument doc = new AnnotatedDocument(new DocumentInfo("a.txt", t.sha256(), "id"));
        Entity putin = new Entity("e1", "Vladimir Putin", "PERSON");
        putin.mentions().add(span(t, "Vladimir Putin"));
        doc.add(putin);
        Entity budi = new Entity("e2", "Budi Santoso", "PERSON");
        budi.mentions().add(span(t, "Budi Santoso"));
        doc.add(budi);
        Claim c = new Claim("c1", span(t, "Harga beras naik 20 persen"), "Harga beras naik 20 persen");
        c.setClaimant("e2");
        c.setVerdict("unverified");
        doc.add(c);
        Source s = new Source("s1");
        s.setSpeaker("e2");
        s.setCue(span(t, "kata"));
        s.claimIds().add("c1");
        doc.add(s);
        Source relay = new Source("s2");
        relay.setSpeakerDescription("kantor berita");
        relay.claimIds().add("c1");
        doc.add(relay);
        s.setVia("s2");
        return doc;
    }

    public static Span span(ArticleText t, String quote) {
        int u = t.text().indexOf(quote);
        return Span.of(t, t.toCodePoint(u), t.toCodePoint(u + quote.length()));
    }

    /** A new entity of {@code type} named {@code quote}, with one mention of it in the article on disk. */
    public static Entity entityIn(AnnotatedDocument doc, Path article, String quote, String type) throws java.io.IOException {
        Entity e = new Entity(doc.newId(org.tandai.model.Kind.ENTITY), quote, type);
        e.mentions().add(span(ArticleText.of(Files.readString(article, StandardCharsets.UTF_8)), quote));
        return e;
    }

    public static Path corpus(Path dir) throws Exception {
        Path article = dir.resolve("a.txt");
        Files.writeString(article, TEXT, StandardCharsets.UTF_8);
        Files.writeString(DocumentFiles.curated(article).sidecar(), SidecarWriter.toJson(document(ArticleText.of(TEXT))),
                StandardCharsets.UTF_8);
        return article;
    }
}
